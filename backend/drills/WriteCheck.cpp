#include "backend/drills/WriteCheck.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace hadesk::drills {
namespace {

// A read-back that cannot reach the service is tried again this often before the check gives up;
// each read may take this long (a node that has just resynced, a slow disk).
constexpr int kReadRetries = 10;
constexpr int kReadRetryMs = 2000;
constexpr int kReadTimeoutMs = 10000;

bool answeredOk(QNetworkReply* reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;
}

} // namespace

QString WriteRecord::stateName(State state)
{
    switch (state) {
    case State::Acknowledged:
        return QStringLiteral("acknowledged");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Pending:
        break;
    }
    return QStringLiteral("pending");
}

int WriteCheckResult::acknowledged() const
{
    return int(std::count_if(records.cbegin(), records.cend(),
                             [](const WriteRecord& r) { return r.state == WriteRecord::State::Acknowledged; }));
}

int WriteCheckResult::failed() const
{
    return int(std::count_if(records.cbegin(), records.cend(),
                             [](const WriteRecord& r) { return r.state == WriteRecord::State::Failed; }));
}

int WriteCheckResult::lost() const
{
    return int(std::count_if(records.cbegin(), records.cend(), [](const WriteRecord& r) { return r.lost; }));
}

QList<int> WriteCheckResult::lostSeqs() const
{
    QList<int> out;
    for (const WriteRecord& r : records)
        if (r.lost)
            out << r.seq;
    return out;
}

WriteCheck::WriteCheck(WriteTarget target, const DrillClock* clock, QString run, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
{
    m_result.target = std::move(target);
    m_result.run = std::move(run);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WriteCheck::writeNext);
}

WriteCheck::~WriteCheck()
{
    if (m_inFlight)
        m_inFlight->abort();
}

QByteArray WriteCheck::content(const QString& run, int seq)
{
    return QStringLiteral("hadesk drill %1 record %2\n").arg(run).arg(seq).toUtf8();
}

QUrl WriteCheck::recordUrl(int seq) const
{
    QUrl url = m_result.target.url;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + m_result.run + u'/' + QString::number(seq));
    return url;
}

QNetworkReply* WriteCheck::send(const QByteArray& verb, const QUrl& url, const QByteArray& body)
{
    QNetworkRequest request(url);
    // A write has the plan's time to be acknowledged; reading back is not timed.
    request.setTransferTimeout(verb == "PUT" ? m_result.target.timeoutMs : std::max(kReadTimeoutMs, m_result.target.timeoutMs));
    // A new connection each time, as a client after a failover would open: not one kept to a
    // node that is gone.
    request.setRawHeader("Connection", "close");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain"));
    return m_network->sendCustomRequest(request, verb, body);
}

void WriteCheck::start()
{
    m_running = true;
    writeNext();
}

void WriteCheck::stop()
{
    m_running = false;
    m_timer.stop();
}

void WriteCheck::writeNext()
{
    if (!m_running || m_inFlight)
        return;
    WriteRecord record;
    record.seq = int(m_result.records.size()) + 1;
    record.sentNs = m_clock->nowNs();
    m_result.records << record;
    const qsizetype index = m_result.records.size() - 1;
    QNetworkReply* reply = send("PUT", recordUrl(record.seq), content(m_result.run, record.seq));
    m_inFlight = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, index] {
        reply->deleteLater();
        WriteRecord& r = m_result.records[index];
        r.answeredNs = m_clock->nowNs();
        r.state = answeredOk(reply) ? WriteRecord::State::Acknowledged : WriteRecord::State::Failed;
        m_inFlight = nullptr;
        if (!m_running)
            return;
        const qint64 nextNs = r.sentNs + qint64(m_result.target.intervalMs) * 1000000;
        m_timer.start(int(std::max<qint64>(0, (nextNs - m_clock->nowNs()) / 1000000)));
    });
}

void WriteCheck::verify()
{
    stop();
    m_readErrors = 0;
    readBack(0);
}

void WriteCheck::readBack(qsizetype index)
{
    while (index < m_result.records.size() && m_result.records.at(index).state != WriteRecord::State::Acknowledged)
        ++index;
    if (index >= m_result.records.size()) {
        m_result.verified = true;
        removeAll(0);
        return;
    }
    const int seq = m_result.records.at(index).seq;
    QNetworkReply* reply = send("GET", recordUrl(seq));
    connect(reply, &QNetworkReply::finished, this, [this, reply, index, seq] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (answeredOk(reply) || status == 404 || status == 410) {
            m_readErrors = 0;
            m_result.records[index].lost = !answeredOk(reply) || reply->readAll() != content(m_result.run, seq);
            readBack(index + 1);
            return;
        }
        // The service not answering is no verdict on the record: again, then give up saying so.
        if (++m_readErrors > kReadRetries) {
            m_result.verifyError = tr("record %1 could not be read back: %2").arg(seq).arg(reply->errorString());
            removeAll(0);
            return;
        }
        QTimer::singleShot(kReadRetryMs, this, [this, index] { readBack(index); });
    });
}

void WriteCheck::removeAll(qsizetype index)
{
    // Best effort: what is left behind is only this drill's folder of small records.
    if (index >= m_result.records.size()) {
        m_done = true;
        Q_EMIT verified();
        return;
    }
    QNetworkReply* reply = send("DELETE", recordUrl(m_result.records.at(index).seq));
    connect(reply, &QNetworkReply::finished, this, [this, reply, index] {
        reply->deleteLater();
        removeAll(index + 1);
    });
}

} // namespace hadesk::drills
