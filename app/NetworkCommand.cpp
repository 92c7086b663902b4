#include "app/NetworkCommand.h"

#include "app/CtlSession.h"
#include "backend/ClusterSession.h"
#include "backend/CommandJson.h"
#include "backend/network/NetworkMonitor.h"
#include "backend/network/NetworkModel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

namespace hadesk {
namespace {

using namespace net;

constexpr int kTimeoutMs = 60000;

struct Ctl
{
    Q_DECLARE_TR_FUNCTIONS(hadeskctl)
};

void printText(const NetworkPicture& picture, QTextStream& out)
{
    for (const Segment& s : picture.segments) {
        out << "segment " << s.subnet;
        if (!s.name.isEmpty())
            out << " (" << s.name << ", " << s.role << ')';
        out << Qt::endl;
        for (auto it = s.interfaceOn.cbegin(); it != s.interfaceOn.cend(); ++it) {
            out << "  " << it.key() << '\t' << it.value();
            for (const NodeInterfaces& node : picture.nodes) {
                for (const Interface& i : node.interfaces) {
                    if (node.node == it.key() && i.name == it.value())
                        out << '\t' << i.state << '\t'
                            << (i.speedMbps > 0 ? QStringLiteral("%1 Mb/s").arg(i.speedMbps) : QStringLiteral("speed ?"));
                }
            }
            out << Qt::endl;
        }
    }
    for (const Vip& v : picture.vips) {
        out << "vip " << v.resource << '\t' << v.address << '\t'
            << (v.segment.isEmpty() ? QStringLiteral("no segment") : v.segment) << "\ton "
            << (v.seenOn.isEmpty() ? QStringLiteral("-") : v.seenOn.join(u',')) << Qt::endl;
        for (const Service& s : picture.services) {
            if (s.vip != v.resource)
                continue;
            out << "  service " << s.name << "\tport " << s.port << '\t'
                << (s.process.isEmpty() ? QStringLiteral("nothing listens") : s.process);
            if (!s.resource.isEmpty())
                out << " (" << s.resource << ')';
            if (!s.serverSegments.isEmpty())
                out << "\tto " << s.serverSegments.join(u',');
            out << Qt::endl;
        }
    }
    QMap<int, QStringList> links;
    for (const ClusterLink& l : picture.clusterLinks)
        links[l.link] << l.node + u' ' + l.address;
    for (auto it = links.cbegin(); it != links.cend(); ++it)
        out << "corosync link " << it.key() << '\t' << it.value().join(QLatin1String(", ")) << Qt::endl;
    QMap<QString, QStringList> replication;
    for (const ReplicationLink& l : picture.replicationLinks)
        replication[l.resource] << QStringLiteral("%1 %2:%3").arg(l.node, l.address).arg(l.port);
    for (auto it = replication.cbegin(); it != replication.cend(); ++it)
        out << "drbd " << it.key() << '\t' << it.value().join(QLatin1String(", ")) << Qt::endl;
    for (const Warning& w : picture.warnings)
        out << "warning: " << w.text << Qt::endl;
}

// "198.19.0.0/24=external:public"
std::optional<std::pair<QString, SegmentLabel>> segmentLabelArgument(const QString& text, QString* error)
{
    const QString subnet = text.section(u'=', 0, 0);
    const QString rest = text.section(u'=', 1);
    const SegmentLabel label{rest.section(u':', 1), rest.section(u':', 0, 0)};
    if (!text.contains(u'=') || label.role.isEmpty()) {
        *error = Ctl::tr("--segment takes SUBNET=ROLE[:NAME], one of the roles %1")
                     .arg(SegmentLabel::roles().join(QLatin1String(", ")));
        return std::nullopt;
    }
    if (!SegmentLabel::isValid(subnet, label, error))
        return std::nullopt;
    return std::pair{subnet, label};
}

} // namespace

namespace {

} // namespace

int runNetwork(const SshCommandOptions& options, const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool json = false;
    QStringList hosts;
    QMap<QString, SegmentLabel> labels;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--json") {
            json = true;
        } else if (args.at(i) == u"--segment" && i + 1 < args.size()) {
            QString error;
            const auto label = segmentLabelArgument(args.at(++i), &error);
            if (!label) {
                err << "hadeskctl: " << error << Qt::endl;
                return 2;
            }
            labels.insert(label->first, label->second);
        } else {
            hosts << args.at(i);
        }
    }
    if (hosts.size() != 1) {
        err << Ctl::tr("usage: hadeskctl [--ssh-config FILE] network HOST [--json] [--segment SUBNET=ROLE[:NAME]]...")
            << Qt::endl;
        return 2;
    }
    // The console's session of the cluster: the picture its network view shows, once every
    // node has answered (an offline node's silence is no warning).
    QString error;
    CtlSession ctl(options, hosts.at(0));
    if (!ctl.open(&error)) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    ClusterSession& session = ctl.session();
    QMap<QString, SegmentLabel> merged = session.profile().segmentLabels;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        merged.insert(it.key(), it.value());
    session.setSegmentLabels(merged);
    if (!ctl.waitUntil([&session] { return session.hasState() && session.network()->hasHeardFromEveryNode(); }, kTimeoutMs,
                       &error)) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    const NetworkPicture& picture = session.network()->picture();
    if (json)
        out << QJsonDocument(json::network(picture)).toJson(QJsonDocument::Indented);
    else
        printText(picture, out);
    return 0;
}

} // namespace hadesk
