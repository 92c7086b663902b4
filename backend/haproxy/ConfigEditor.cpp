#include "backend/haproxy/ConfigEditor.h"

#include "backend/haproxy/HaproxyMonitor.h"
#include "backend/pacemaker/AuditLog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace hadesk::haproxy {

ConfigEditor::ConfigEditor(HaproxyMonitor* monitor, QString cluster, QObject* parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_cluster(std::move(cluster))
{
}

// Steps run from the event loop, never inside the caller: a view that asks gets its answer by
// signal, after it has shown that work is under way.
bool ConfigEditor::begin(const std::function<void()>& step)
{
    if (m_busy)
        return false;
    m_busy = true;
    QTimer::singleShot(0, this, [this, step] {
        step();
    });
    return true;
}

bool ConfigEditor::load()
{
    return begin([this] { doLoad(); });
}

void ConfigEditor::doLoad()
{
    m_digests.clear();
    m_text.clear();
    m_source.clear();
    QStringList errors;
    for (const QString& node : m_monitor->nodes()) {
        QString error;
        const auto snapshot = ConfigFile(*m_monitor->connectionOf(node)).read(kTimeoutMs, &error);
        if (!snapshot) {
            errors << tr("%1: %2").arg(node, error);
            continue;
        }
        m_digests.insert(node, snapshot->sha256);
        if (m_source.isEmpty()) {
            m_source = node;
            m_text = snapshot->text;
        }
    }
    m_busy = false;
    Q_EMIT loaded(errors.isEmpty() && !m_source.isEmpty(),
                  m_monitor->nodes().isEmpty() ? tr("no node runs HAProxy") : errors.join(u'\n'));
}

QStringList ConfigEditor::differingNodes() const
{
    QStringList differing;
    const QByteArray first = sourceDigest();
    for (auto it = m_digests.cbegin(); it != m_digests.cend(); ++it) {
        if (it.value() != first)
            differing << it.key();
    }
    return differing;
}

bool ConfigEditor::check(const QByteArray& text)
{
    if (m_source.isEmpty())
        return false;
    return begin([this, text] {
        QString report;
        const bool ok = ConfigFile(*m_monitor->connectionOf(m_source)).check(text, kTimeoutMs, &report);
        m_busy = false;
        Q_EMIT checked(ok, report);
    });
}

bool ConfigEditor::install(const QByteArray& text)
{
    if (m_digests.isEmpty())
        return false;
    return begin([this, text] {
        QList<RolloutNode> nodes;
        for (auto it = m_digests.cbegin(); it != m_digests.cend(); ++it)
            nodes.append({it.key(), m_monitor->connectionOf(it.key()), it.value(), m_monitor->socketOf(it.key())});
        RolloutResult result = rollOut(nodes, text, kTimeoutMs);
        const QString auditError = audit(result, text);
        if (!auditError.isEmpty())
            result.summary += u'\n' + auditError;
        if (result.installed) {
            // The next edit starts from what is there now.
            for (auto it = m_digests.begin(); it != m_digests.end(); ++it)
                it.value() = ConfigFile::digest(text);
            m_text = text;
        }
        m_busy = false;
        Q_EMIT installed(result);
    });
}

QString ConfigEditor::audit(const RolloutResult& result, const QByteArray& text)
{
    QString error;
    for (const auto& [node, outcome] : result.perNode) {
        pcmk::AuditLog::append({{QStringLiteral("cluster"), m_cluster},
                                {QStringLiteral("host"), node},
                                {QStringLiteral("operation"), tr("install HAProxy configuration")},
                                {QStringLiteral("command"), QJsonArray{QStringLiteral("haproxy-config-install"),
                                                                       QString::fromLatin1(ConfigFile::digest(text))}},
                                {QStringLiteral("result"), outcome.installed() ? QStringLiteral("applied")
                                                                                 : QStringLiteral("failed")},
                                {QStringLiteral("message"), outcome.detail}},
                               &error);
    }
    return error;
}

} // namespace hadesk::haproxy
