#pragma once

#include "backend/drills/DrillReport.h"
#include "backend/drills/Probes.h"

#include <memory>

namespace hadesk::ssh {
class HostConnection;
}
namespace hadesk::streams {
class NodeStream;
}

namespace hadesk::drills {

// One target's probes sent from a node rather than the console: the same kinds, interval,
// timeout and outcomes as ProbeStream, by a small agent run over the node's session, which
// reports each probe in the order sent with the node's own send time; that time, less the node's
// measured clock offset, puts the probe on the drill's clock. A node without Python gives a
// reason instead of probes.
class NodeProbeStream : public ProbeSource
{
    Q_OBJECT

public:
    // limitS bounds the agent on the node: it ends by itself if the console never stops it.
    NodeProbeStream(ProbeTarget target, ssh::HostConnection* connection, qint64 zeroWallMs, int limitS,
                    QObject* parent = nullptr);
    ~NodeProbeStream() override;

    // The node's clock against the console's, measured before the probes start.
    void setClockOffset(const ClockOffset& offset) { m_offset = offset; }

    void start() override;
    void stop() override;
    bool idle() const override { return !m_running; }
    QList<ProbeResult> results() const override { return m_results; }
    const ProbeResult* last() const override { return m_results.isEmpty() ? nullptr : &m_results.constLast(); }
    QString whyUnavailable() const override { return m_unavailable; }

    // The command the node runs.
    QStringList argv() const;
    // One line the agent printed (a test feeds recorded ones, or the agent's own run locally).
    void feed(const QByteArray& line);
    bool ready() const { return m_ready; }
    static QString agentScript();

private:
    ssh::HostConnection* m_connection;
    qint64 m_zeroWallMs;
    ClockOffset m_offset{};
    int m_limitS;
    std::unique_ptr<streams::NodeStream> m_stream;
    QList<ProbeResult> m_results;
    QString m_unavailable;
    bool m_running = false;
    bool m_ready = false;
};

} // namespace hadesk::drills
