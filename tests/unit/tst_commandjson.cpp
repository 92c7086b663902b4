// Every --json output of hadeskctl against the schema docs/json.md gives for it, on outputs
// built from the captured fixtures: every documented key present with its type, no key the page
// does not name, snake_case throughout. The page cannot drift from the program.
#include "FakeHost.h"
#include "DrbdFixtures.h"
#include "Fixtures.h"
#include "NetworkFixtures.h"
#include "PacemakerFixtures.h"
#include "backend/CommandJson.h"
#include "backend/drbd/DrbdOverview.h"
#include "backend/drbd/DrbdState.h"
#include "backend/haproxy/RuntimeState.h"
#include "backend/jobs/Job.h"
#include "backend/network/NetworkModel.h"
#include "backend/network/NodeServices.h"
#include "backend/pacemaker/AuditLog.h"
#include "backend/pacemaker/StatusJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hadesk;

namespace {

// The schemas of docs/json.md by name: each fenced block "```json-schema NAME".
QMap<QString, QJsonObject> documentedSchemas()
{
    QFile page(QStringLiteral(HADESK_SOURCE_DIR "/docs/json.md"));
    if (!page.open(QIODevice::ReadOnly))
        qFatal("docs/json.md is missing");
    const QString text = QString::fromUtf8(page.readAll());
    static const QRegularExpression block(QStringLiteral("```json-schema (\\w+)\\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    QMap<QString, QJsonObject> schemas;
    for (auto it = block.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QJsonParseError error;
        const QJsonDocument schema = QJsonDocument::fromJson(match.captured(2).toUtf8(), &error);
        if (!schema.isObject())
            qFatal("docs/json.md: schema %s: %s", qPrintable(match.captured(1)), qPrintable(error.errorString()));
        schemas.insert(match.captured(1), schema.object());
    }
    return schemas;
}

bool hasType(const QJsonValue& value, const QString& type)
{
    if (type == u"null")
        return value.isNull();
    if (type == u"string")
        return value.isString();
    if (type == u"boolean")
        return value.isBool();
    if (type == u"number")
        return value.isDouble();
    if (type == u"integer")
        return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
    if (type == u"object")
        return value.isObject();
    if (type == u"array")
        return value.isArray();
    return false;
}

// Where value breaks schema (path: what is wrong); nothing when it conforms.
QStringList violations(const QJsonValue& value, const QJsonObject& schema, const QString& path)
{
    static const QRegularExpression snakeCase(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
    QStringList found;
    if (schema.contains(u"enum")) {
        if (!schema.value(u"enum").toArray().contains(value))
            found << QStringLiteral("%1: %2 is not one of %3")
                         .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)),
                              QString::fromUtf8(QJsonDocument(schema.value(u"enum").toArray()).toJson(QJsonDocument::Compact)));
        return found;
    }
    QStringList types;
    const QJsonValue type = schema.value(u"type");
    if (type.isArray())
        for (const QJsonValue& t : type.toArray())
            types << t.toString();
    else
        types << type.toString();
    if (std::none_of(types.cbegin(), types.cend(), [&](const QString& t) { return hasType(value, t); })) {
        found << QStringLiteral("%1: not %2").arg(path, types.join(QLatin1String(" or ")));
        return found;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (schema.contains(u"additionalProperties")) {
            const QJsonObject each = schema.value(u"additionalProperties").toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                found << violations(it.value(), each, path + u'.' + it.key());
            return found;
        }
        const QJsonObject properties = schema.value(u"properties").toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (!object.contains(it.key()))
                found << QStringLiteral("%1: no \"%2\"").arg(path, it.key());
            else
                found << violations(object.value(it.key()), it.value().toObject(), path + u'.' + it.key());
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!properties.contains(it.key()))
                found << QStringLiteral("%1: \"%2\" is not documented").arg(path, it.key());
            if (!snakeCase.match(it.key()).hasMatch())
                found << QStringLiteral("%1: \"%2\" is not snake_case").arg(path, it.key());
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            found << violations(array.at(i), schema.value(u"items").toObject(), QStringLiteral("%1[%2]").arg(path).arg(i));
    }
    return found;
}

// Every kind of value a schema describes somewhere was seen at least once in the outputs: a
// test on empty lists only would prove nothing.
void collectPaths(const QJsonValue& value, const QString& path, QSet<QString>* seen)
{
    seen->insert(path);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectPaths(it.value(), path + u'.' + it.key(), seen);
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectPaths(item, path + QStringLiteral("[]"), seen);
    }
}

QList<net::NodeInterfaces> interfaces(const QString& state)
{
    QList<net::NodeInterfaces> nodes;
    for (const char* node : {"node1", "node2", "node3"}) {
        net::NodeInterfaces read{QLatin1String(node), {}};
        QString error;
        const QString prefix = QStringLiteral("network/") + state + u'.' + QLatin1String(node);
        if (!net::NetworkReader::readAddresses(Fixtures::file(prefix + QLatin1String(".ip-addr.json")), &read.interfaces, &error))
            qFatal("%s: %s", qPrintable(prefix), qPrintable(error));
        net::NetworkReader::readSpeeds(Fixtures::file(prefix + QLatin1String(".speed.txt")), &read.interfaces);
        nodes << read;
    }
    return nodes;
}

} // namespace

class TestCommandJson : public QObject
{
    Q_OBJECT

    QMap<QString, QJsonObject> m_schemas;
    QTemporaryDir m_dir;

    void conforms(const QString& name, const QList<QJsonObject>& outputs)
    {
        QVERIFY2(m_schemas.contains(name), qPrintable(QStringLiteral("docs/json.md has no schema \"%1\"").arg(name)));
        QSet<QString> seen;
        for (const QJsonObject& output : outputs) {
            const QStringList wrong = violations(output, m_schemas.value(name), name);
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
            collectPaths(output, name, &seen);
        }
        // Every property the page documents appeared in some output.
        QSet<QString> documented;
        collectPaths(QJsonValue(), name, &documented);
        std::function<void(const QJsonObject&, const QString&)> walk = [&](const QJsonObject& schema, const QString& path) {
            documented.insert(path);
            if (schema.contains(u"items"))
                walk(schema.value(u"items").toObject(), path + QStringLiteral("[]"));
            const QJsonObject properties = schema.value(u"properties").toObject();
            for (auto it = properties.begin(); it != properties.end(); ++it)
                walk(it.value().toObject(), path + u'.' + it.key());
        };
        walk(m_schemas.value(name), name);
        QStringList unseen;
        for (const QString& path : std::as_const(documented))
            if (!seen.contains(path) && !path.contains(u'*'))
                unseen << path;
        unseen.sort();
        QVERIFY2(unseen.isEmpty(), qPrintable(QStringLiteral("never seen in the fixtures' outputs: ") + unseen.join(QLatin1String(", "))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_schemas = documentedSchemas();
        pcmk::AuditLog::setPath(m_dir.filePath(QStringLiteral("audit.jsonl")));
    }

    void everyCommandIsDocumented()
    {
        QCOMPARE(QStringList(m_schemas.keys()),
                 QStringList({QStringLiteral("drbd"), QStringLiteral("haproxy"), QStringLiteral("job"),
                              QStringLiteral("network"), QStringLiteral("status")}));
    }

    void status()
    {
        QList<QJsonObject> outputs;
        for (const char* name : {"healthy", "failure", "features", "fenced", "moved", "pending", "promotable", "standby"})
            outputs << pcmk::statusJson(PacemakerFixtures::state(QLatin1String(name)));
        outputs << pcmk::statusJson(PacemakerFixtures::state(QStringLiteral("hafs"), QStringLiteral("drbd")));
        conforms(QStringLiteral("status"), outputs);
        // A ban tells itself from a preference: node, signed score, lifetime, words.
        const QJsonObject moved = pcmk::statusJson(PacemakerFixtures::state(QStringLiteral("moved")));
        QJsonObject ban, prefer;
        for (const QJsonValue& c : moved.value(QStringLiteral("constraints")).toArray()) {
            if (c[QStringLiteral("id")].toString() == u"cli-ban-api-on-node3")
                ban = c.toObject();
            if (c[QStringLiteral("id")].toString() == u"cli-prefer-vip-ext")
                prefer = c.toObject();
        }
        QCOMPARE(ban.value(QStringLiteral("node")).toString(), QStringLiteral("node3"));
        QCOMPARE(ban.value(QStringLiteral("score")).toString(), QStringLiteral("-INFINITY"));
        QVERIFY(!ban.value(QStringLiteral("expires")).isNull());
        QCOMPARE(ban.value(QStringLiteral("words")).toString(), QStringLiteral("api is kept off node3 (score -INFINITY)"));
        QCOMPARE(prefer.value(QStringLiteral("node")).toString(), QStringLiteral("node2"));
        QCOMPARE(prefer.value(QStringLiteral("score")).toString(), QStringLiteral("INFINITY"));
        QCOMPARE(prefer.value(QStringLiteral("role")).toString(), QStringLiteral("Started"));
        QVERIFY(prefer.value(QStringLiteral("expires")).isNull());
    }

    void network()
    {
        QList<QJsonObject> outputs;
        const QMap<QString, net::NetworkModel::SegmentLabel> labels{
            {QStringLiteral("198.19.0.0/24"), {QStringLiteral("public"), QStringLiteral("external")}}};
        for (const QString& state : {QStringLiteral("healthy"), QStringLiteral("duplicate"), QStringLiteral("misplaced")})
            outputs << json::network(net::NetworkModel::build(interfaces(state), PacemakerFixtures::state(state, QStringLiteral("network")),
                                                              labels, NetworkFixtures::services(state)));
        // With DRBD's replication links, as drbdadm dump-xml gives them.
        QList<net::NodeServices> withDrbd = NetworkFixtures::services(QStringLiteral("healthy"));
        withDrbd[0].replicationLinks = net::ServiceReader::readReplicationLinks(Fixtures::file(QStringLiteral("network/drbd.dump.xml")));
        outputs << json::network(net::NetworkModel::build(interfaces(QStringLiteral("healthy")),
                                                          PacemakerFixtures::state(QStringLiteral("healthy"), QStringLiteral("network")),
                                                          labels, withDrbd));
        conforms(QStringLiteral("network"), outputs);
    }

    void haproxy()
    {
        QList<QJsonObject> outputs;
        for (const char* name : {"healthy", "drained", "down", "mixed", "traffic"}) {
            const QString prefix = QStringLiteral("haproxy/") + QLatin1String(name);
            QString error;
            const auto state = haproxy::RuntimeReader::readAll(Fixtures::file(prefix + QStringLiteral(".info.txt")),
                                                               Fixtures::file(prefix + QStringLiteral(".stat.csv")),
                                                               Fixtures::file(prefix + QStringLiteral(".servers-state.txt")), &error);
            QVERIFY2(state, qPrintable(error));
            outputs << json::haproxy(*state);
        }
        conforms(QStringLiteral("haproxy"), outputs);
    }

    void drbd()
    {
        QList<QJsonObject> outputs;
        const auto cluster = PacemakerFixtures::state(QStringLiteral("hafs"), QStringLiteral("drbd"));
        drbd::SyncTracker tracker;
        // Two samples of a resync a second apart: the second has a rate.
        for (int i = 0; i < 2; ++i)
            outputs << json::drbd(drbd::DrbdOverview::build(DrbdFixtures::states(QStringLiteral("paused")), cluster, tracker, i));
        for (const QString& name : {QStringLiteral("connected"), QStringLiteral("diskless")})
            outputs << json::drbd(drbd::DrbdOverview::build(DrbdFixtures::states(name), cluster, tracker, 2));
        outputs << json::drbd(drbd::DrbdOverview::build(DrbdFixtures::states(QStringLiteral("connected")), {}, tracker, 3));
        conforms(QStringLiteral("drbd"), outputs);
    }

    void job()
    {
        FakeHost node(QStringLiteral("node1"));
        node.reply({QStringLiteral("true")}, {});
        node.reply({QStringLiteral("false")}, {{}, "no\n", 1});
        QList<QJsonObject> outputs;
        for (const bool fails : {false, true}) {
            jobs::Job job(QStringLiteral("test"), fails ? QStringLiteral("lab") : QString());
            job.addStep({QStringLiteral("first"), QStringLiteral("node1"), true,
                         [&node](jobs::StepContext& step) { step.runToEnd(&node, {QStringLiteral("true")}, {}); }, {}});
            job.addStep({QStringLiteral("second"), {}, false,
                         [&node, fails](jobs::StepContext& step) {
                             step.runToEnd(&node, {fails ? QStringLiteral("false") : QStringLiteral("true")}, {});
                         },
                         {}});
            QSignalSpy finished(&job, &jobs::Job::finished);
            job.start();
            QVERIFY(finished.wait(5000));
            outputs << json::job(job);
        }
        jobs::Job waiting(QStringLiteral("never started"), {});
        waiting.addStep({QStringLiteral("only"), {}, false, {}, {}});
        outputs << json::job(waiting);
        conforms(QStringLiteral("job"), outputs);
        QCOMPARE(outputs.at(1).value(u"failed_step").toInt(), 1);
        QCOMPARE(outputs.at(1).value(u"state").toString(), QStringLiteral("failed"));
    }
};

QTEST_GUILESS_MAIN(TestCommandJson)
#include "tst_commandjson.moc"
