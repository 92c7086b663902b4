#pragma once

#include "backend/setup/SetupPlan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hadesk::setup {

// One corosync link between two nodes as measured before any configuration is written: UDP on
// the corosync port both ways (echoed), round trips, jitter and the path MTU.
struct LinkResult
{
    QString from;
    QString to;
    int link = 0;
    QString local;
    QString remote;
    bool ok = false;
    QString error;
    double rttMinMs = 0;
    double rttAvgMs = 0;
    double rttMaxMs = 0;
    double jitterMs = 0;
    int lost = 0;
    int sent = 0;
    int mtu = 0;
};

struct LinkVerdict
{
    QList<Refusal> refusals;
    QStringList warnings;
    QString suggestedTiming; // fast when every link is quick and steady, else default
    QString summary;
};

class LinkTest
{
    Q_DECLARE_TR_FUNCTIONS(LinkTest)

public:
    static constexpr double kDurationS = 4;
    // What the agent on this node is asked: listen on its link addresses, probe every peer's.
    // Nodes in running carry corosync already: between two of them the links are corosync's to
    // report, and where any runs the test takes testPort() instead of the port corosync holds.
    static QJsonObject request(const SetupPlan& plan, const QString& node, const QStringList& running = {});
    static int testPort(const SetupPlan& plan, const QStringList& running);
    static QList<LinkResult> parse(const QString& node, const QByteArray& agentOutput, QStringList* errors);
    static LinkVerdict judge(const SetupPlan& plan, const QList<LinkResult>& results, const QStringList& running = {});
    static QString describe(const LinkResult& result);
};

} // namespace hadesk::setup
