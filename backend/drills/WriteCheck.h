#pragma once

#include "backend/drills/DrillPlan.h"
#include "backend/drills/Probes.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace hadesk::drills {

struct WriteRecord
{
    enum class State { Pending, Acknowledged, Failed };
    int seq = 0;
    qint64 sentNs = 0;
    qint64 answeredNs = -1;
    State state = State::Pending;
    bool lost = false; // acknowledged, and not read back as written
    // As probes.json writes it: "pending", "acknowledged", "failed".
    static QString stateName(State state);
};

struct WriteCheckResult
{
    WriteTarget target;
    QString run; // the folder of this drill's records
    QList<WriteRecord> records;
    bool verified = false;  // every acknowledged record was read back (found or found missing)
    QString verifyError;    // why not
    int acknowledged() const;
    int failed() const;
    int lost() const;
    QList<int> lostSeqs() const;
};

// Writes one record at a time, each as soon as the last is answered and the interval is up:
// "acknowledged" is a 2xx answer, after which the service must have the record. A write that
// times out or fails is not acknowledged: whether it was stored does not count. verify() reads
// every acknowledged record back (GET, compared byte for byte; a 404 or other content is lost),
// then deletes every record it wrote, acknowledged or not.
class WriteCheck : public QObject
{
    Q_OBJECT

public:
    WriteCheck(WriteTarget target, const DrillClock* clock, QString run, QObject* parent = nullptr);
    ~WriteCheck() override;

    void start();
    void stop(); // no new writes; the one in flight ends by its timeout at the latest
    bool idle() const { return !m_inFlight; }
    void verify();
    bool done() const { return m_done; }
    const WriteCheckResult& result() const { return m_result; }
    static QByteArray content(const QString& run, int seq);
    QUrl recordUrl(int seq) const;

Q_SIGNALS:
    void verified();

private:
    void writeNext();
    void readBack(qsizetype index);
    void removeAll(qsizetype index);
    QNetworkReply* send(const QByteArray& verb, const QUrl& url, const QByteArray& body = {});

    const DrillClock* m_clock;
    QNetworkAccessManager* m_network;
    WriteCheckResult m_result;
    QTimer m_timer;
    QPointer<QNetworkReply> m_inFlight;
    bool m_running = false;
    bool m_done = false;
    int m_readErrors = 0;
};

} // namespace hadesk::drills
