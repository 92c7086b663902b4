#include "app/NetworkCommand.h"

#include "app/RunJob.h"
#include "app/TerminalPrompter.h"
#include "backend/CommandJson.h"
#include "backend/network/NetworkModel.h"
#include "backend/pacemaker/ClusterFetch.h"
#include "ssh/SshConnection.h"
#include "ssh/SshJob.h"

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

// One node's interfaces, speeds and listening services, read at once.
jobs::Job::Step readNodeStep(ssh::SshConnection* connection, const QString& node, QList<NodeInterfaces>* nodes,
                             QList<NodeServices>* services)
{
    return {Ctl::tr("read %1").arg(node), node, false,
            [=](jobs::StepContext& step) {
                auto outputs = std::make_shared<QList<QByteArray>>(3);
                auto pending = std::make_shared<int>(3);
                auto failure = std::make_shared<QString>();
                const auto collect = [=](int slot, const QString& what) {
                    return [=](ssh::SshJob& job) mutable {
                        if (job.succeeded())
                            (*outputs)[slot] = job.allStdout();
                        else if (failure->isEmpty())
                            *failure = Ctl::tr("%1: %2 could not be read: %3").arg(node, what, job.failureText());
                        if (--*pending > 0)
                            return;
                        if (!failure->isEmpty()) {
                            step.fail(*failure);
                            return;
                        }
                        QString error;
                        const auto interfaces = NetworkReader::read(node, outputs->at(0), outputs->at(1), &error);
                        if (!interfaces) {
                            step.fail(error);
                            return;
                        }
                        *nodes << *interfaces;
                        *services << ServiceReader::read(node, outputs->at(2));
                        step.succeed();
                    };
                };
                ssh::JobOptions timed;
                timed.timeoutMs = kTimeoutMs;
                step.run(connection, NetworkReader::addressesCommand(), timed, collect(0, Ctl::tr("the addresses")));
                step.run(connection, NetworkReader::speedsCommand(), timed, collect(1, Ctl::tr("the link speeds")));
                ssh::JobOptions listening = ServiceReader::jobOptions();
                listening.timeoutMs = kTimeoutMs;
                step.run(connection, ServiceReader::command(), listening, collect(2, Ctl::tr("what listens")));
            },
            {}};
}

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
    QString error;
    std::map<QString, std::unique_ptr<ssh::SshConnection>> connections;
    std::list<TerminalPrompter> prompters;
    const auto connectionTo = [&](const QString& host) -> ssh::SshConnection& {
        auto& connection = connections[host];
        if (!connection) {
            connection = std::make_unique<ssh::SshConnection>(ssh::SshTarget{host, options.sshConfig});
            prompters.emplace_back(connection.get(), options.acceptNew);
        }
        return *connection;
    };
    const auto cluster = readClusterState(connectionTo(hosts.at(0)), kTimeoutMs, &error);
    if (!cluster) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    QList<NodeInterfaces> nodes;
    QList<NodeServices> services;
    // Every online node, one after another, its three reads at once (an offline node has nothing
    // to say; its absence is not a warning), as one job on the event loop.
    jobs::Job read(Ctl::tr("read the networks"), hosts.at(0));
    for (const pcmk::Node& node : cluster->nodes) {
        if (node.online)
            read.addStep(readNodeStep(&connectionTo(node.name), node.name, &nodes, &services));
    }
    if (runToEnd(read) != jobs::JobState::Succeeded) {
        err << "hadeskctl: " << read.error() << Qt::endl;
        return 1;
    }
    const NetworkPicture picture = NetworkModel::build(nodes, *cluster, labels, services);
    if (json)
        out << QJsonDocument(json::network(picture)).toJson(QJsonDocument::Indented);
    else
        printText(picture, out);
    return 0;
}

} // namespace hadesk
