#include "app/NetworkCommand.h"

#include "app/TerminalPrompter.h"
#include "backend/network/NetworkModel.h"
#include "backend/pacemaker/ClusterFetch.h"
#include "ssh/SshConnection.h"

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

QJsonObject pictureJson(const NetworkPicture& picture)
{
    QJsonArray segments;
    for (const Segment& s : picture.segments) {
        QJsonObject on;
        for (auto it = s.interfaceOn.cbegin(); it != s.interfaceOn.cend(); ++it)
            on.insert(it.key(), it.value());
        segments.append(QJsonObject{{QStringLiteral("subnet"), s.subnet},
                                    {QStringLiteral("name"), s.name},
                                    {QStringLiteral("role"), s.role},
                                    {QStringLiteral("interfaceOn"), on}});
    }
    QJsonObject nodes;
    for (const NodeInterfaces& node : picture.nodes) {
        QJsonArray interfaces;
        for (const Interface& i : node.interfaces) {
            QJsonArray addresses;
            for (const InterfaceAddress& a : i.addresses)
                addresses.append(QStringLiteral("%1/%2").arg(a.address).arg(a.prefix));
            interfaces.append(QJsonObject{{QStringLiteral("name"), i.name},
                                          {QStringLiteral("state"), i.state},
                                          {QStringLiteral("speedMbps"), i.speedMbps},
                                          {QStringLiteral("addresses"), addresses}});
        }
        nodes.insert(node.node, interfaces);
    }
    QJsonArray vips;
    for (const Vip& v : picture.vips)
        vips.append(QJsonObject{{QStringLiteral("resource"), v.resource},
                                {QStringLiteral("address"), v.address},
                                {QStringLiteral("segment"), v.segment},
                                {QStringLiteral("activeOn"), QJsonArray::fromStringList(v.activeOn)},
                                {QStringLiteral("seenOn"), QJsonArray::fromStringList(v.seenOn)}});
    QJsonArray warnings;
    for (const Warning& w : picture.warnings)
        warnings.append(QJsonObject{{QStringLiteral("subject"), w.subject}, {QStringLiteral("text"), w.text}});
    return {{QStringLiteral("segments"), segments},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("vips"), vips},
            {QStringLiteral("warnings"), warnings}};
}

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
    for (const Vip& v : picture.vips)
        out << "vip " << v.resource << '\t' << v.address << '\t'
            << (v.segment.isEmpty() ? QStringLiteral("no segment") : v.segment) << "\ton "
            << (v.seenOn.isEmpty() ? QStringLiteral("-") : v.seenOn.join(u',')) << Qt::endl;
    for (const Warning& w : picture.warnings)
        out << "warning: " << w.text << Qt::endl;
}

} // namespace

int runNetwork(const SshCommandOptions& options, const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const bool json = args.contains(QStringLiteral("--json"));
    QStringList hosts = args;
    hosts.removeAll(QStringLiteral("--json"));
    if (hosts.size() != 1) {
        err << Ctl::tr("usage: hadeskctl [--ssh-config FILE] network HOST [--json]") << Qt::endl;
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
    const auto cluster = pcmk::ClusterFetch::live(connectionTo(hosts.at(0)), kTimeoutMs, &error);
    if (!cluster) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    QList<NodeInterfaces> nodes;
    for (const pcmk::Node& node : cluster->nodes) {
        if (!node.online)
            continue; // an offline node has nothing to say; its absence is not a warning
        const auto read = NetworkReader::fetch(connectionTo(node.name), node.name, kTimeoutMs, &error);
        if (!read) {
            err << "hadeskctl: " << error << Qt::endl;
            return 1;
        }
        nodes << *read;
    }
    const NetworkPicture picture = NetworkModel::build(nodes, *cluster);
    if (json)
        out << QJsonDocument(pictureJson(picture)).toJson(QJsonDocument::Indented);
    else
        printText(picture, out);
    return 0;
}

} // namespace hadesk
