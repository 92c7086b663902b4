#pragma once

#include "backend/pacemaker/ClusterState.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace hadesk::ssh {
class SshConnection;
class SshJob;
} // namespace hadesk::ssh

namespace hadesk::streams {
class NodeStream;
}

namespace hadesk::pcmk {

// Follows a cluster without polling. A long-lived crm_mon on one node is subscribed to the CIB's
// change notifications and prints a summary only when something changed; each such print triggers one fetch of the CIB and crm_mon's XML over
// the held connection. crm_mon holds back a redraw for up to 2 s when changes come close together,
// so for a short while after each change the cheap CIB version is checked as well. While nothing
// changes, nothing is fetched, parsed or polled.
class ClusterWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ClusterWatcher(ssh::SshConnection* node, QObject* parent = nullptr);
    ~ClusterWatcher() override;

    void start();
    const ClusterState& state() const { return m_state; }
    bool hasState() const { return m_hasState; }
    int fetchCount() const { return m_fetches; }
    streams::NodeStream* stream() const { return m_stream; }

Q_SIGNALS:
    void stateChanged(const hadesk::pcmk::ClusterState& state);
    void failed(const QString& error);

private:
    void fetch();
    void onFetched();
    void onParsed();
    void checkVersion();

    ssh::SshConnection* m_node;
    streams::NodeStream* m_stream;
    QPointer<ssh::SshJob> m_cibJob;
    QPointer<ssh::SshJob> m_monJob;
    QTimer m_followUp;
    QElapsedTimer m_sinceChange;
    QPointer<ssh::SshJob> m_versionJob;
    struct Parsed
    {
        std::optional<ClusterState> state;
        QString error;
    };
    QFutureWatcher<Parsed> m_parse;
    bool m_fetchAgain = false;
    bool m_hasState = false;
    int m_fetches = 0;
    ClusterState m_state;
};

} // namespace hadesk::pcmk
