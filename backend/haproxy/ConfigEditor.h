#pragma once

#include "backend/haproxy/ConfigFile.h"

#include <QMap>
#include <functional>
#include <QObject>

namespace hadesk::haproxy {

class HaproxyMonitor;

// An edit of HAProxy's configuration for the whole cluster: read from the nodes (noting which
// ones differ), checked by haproxy -c on a node, and rolled out to every node with the digest each
// node's file had when it was read, so a concurrent edit is refused instead of overwritten. Each
// step answers by signal; while one runs (its SSH waits keep the event loop going) others are
// refused.
class ConfigEditor : public QObject
{
    Q_OBJECT

public:
    ConfigEditor(HaproxyMonitor* monitor, QString cluster, QObject* parent = nullptr);

    static constexpr int kTimeoutMs = 60000;

    bool load();
    bool check(const QByteArray& text);
    bool install(const QByteArray& text);
    bool isBusy() const { return m_busy; }

    // What was read: the first node's text, and the nodes whose file is not the same.
    const QByteArray& text() const { return m_text; }
    const QString& sourceNode() const { return m_source; }
    QByteArray sourceDigest() const { return m_digests.value(m_source); }
    QStringList differingNodes() const;
    QStringList nodes() const { return m_digests.keys(); }

Q_SIGNALS:
    void loaded(bool ok, const QString& error);
    void checked(bool ok, const QString& report);
    void installed(const hadesk::haproxy::RolloutResult& result);

private:
    bool begin(const std::function<void()>& step);
    void doLoad();
    // Writes a line per node; the audit log's own error, if it could not.
    QString audit(const RolloutResult& result, const QByteArray& text);

    HaproxyMonitor* m_monitor;
    QString m_cluster;
    QByteArray m_text;
    QString m_source;
    QMap<QString, QByteArray> m_digests; // node -> the digest of its file when read
    bool m_busy = false;
};

} // namespace hadesk::haproxy
