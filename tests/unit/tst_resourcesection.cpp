#include "backend/pacemaker/ClusterOperation.h"
#include "backend/pacemaker/ClusterStateReader.h"
#include "backend/pacemaker/ResourceSection.h"
#include "PacemakerFixtures.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hadesk::pcmk;

namespace {

QByteArray fixture(const QString& name)
{
    return PacemakerFixtures::file(name);
}

// The healthy lab CIB with things HAdesk's model does not read, yet Pacemaker's schema allows,
// inside <resources>: an attribute, an element and a comment. They must survive any rearrangement.
QByteArray cibWithUnknowns()
{
    QByteArray cib = fixture(QStringLiteral("healthy.cib.xml"));
    cib.replace(R"(<primitive id="api" )",
                R"(<!-- the API keeps its comment --><primitive description="kept" id="api" )");
    cib.replace(R"(<meta_attributes id="api-meta">)",
                R"(<utilization id="api-utilization"><nvpair id="api-cpu" name="cpu" value="2"/></utilization><meta_attributes id="api-meta">)");
    if (!cib.contains("api-utilization"))
        qFatal("the fixture changed: no api-meta");
    return cib;
}

// The CIB with its resources section replaced by `section`, read back by Pacemaker's own tools:
// cibadmin validates it against the schema, as the cluster would.
ClusterState replacedByPacemaker(const QByteArray& cib, const ResourceSection& section, QByteArray* resultingCib)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cib.xml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(cib) != cib.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    QProcess cibadmin;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CIB_file"), path);
    cibadmin.setProcessEnvironment(env);
    cibadmin.start(QStringLiteral("cibadmin"), {QStringLiteral("--replace"), QStringLiteral("--scope"),
                                                QStringLiteral("resources"), QStringLiteral("--xml-pipe")});
    cibadmin.write(section.toXml());
    cibadmin.closeWriteChannel();
    if (!cibadmin.waitForFinished(60000) || cibadmin.exitCode() != 0)
        qFatal("cibadmin refused the section: %s", cibadmin.readAllStandardError().constData());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s back", qPrintable(path));
    *resultingCib = file.readAll();
    ClusterState state;
    QString error;
    if (!ClusterStateReader::readCib(*resultingCib, &state, &error))
        qFatal("%s", qPrintable(error));
    return state;
}

} // namespace

class TestResourceSection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("cibadmin")).isEmpty())
            QFAIL("cibadmin (pacemaker-cli-utils) is needed: scripts/install-deps installs it");
    }

    void groupThenCloneKeepsWhatItDoesNotKnow()
    {
        const QByteArray cib = cibWithUnknowns();
        QString error;
        auto section = ResourceSection::fromCib(cib, &error);
        QVERIFY2(section, qPrintable(error));
        QVERIFY2(section->group(QStringLiteral("front"), {QStringLiteral("vip-int"), QStringLiteral("api")}, &error),
                 qPrintable(error));
        QVERIFY2(section->clone(QStringLiteral("front"), QStringLiteral("front-clone"), false, &error), qPrintable(error));
        QByteArray after;
        const ClusterState state = replacedByPacemaker(cib, *section, &after);
        QCOMPARE(state.resource(QStringLiteral("front-clone"))->children, QStringList{QStringLiteral("front")});
        QCOMPARE(state.resource(QStringLiteral("front"))->children,
                 (QStringList{QStringLiteral("vip-int"), QStringLiteral("api")}));
        QCOMPARE(state.resource(QStringLiteral("api"))->parent, QStringLiteral("front"));
        // Where the first member was: before haproxy-clone, after vip-ext.
        QStringList topLevel;
        for (const Resource& r : state.resources) {
            if (r.parent.isEmpty())
                topLevel << r.id;
        }
        QCOMPARE(topLevel.indexOf(QStringLiteral("front-clone")), topLevel.indexOf(QStringLiteral("vip-ext")) + 1);
        QVERIFY(after.contains("description=\"kept\""));
        QVERIFY(after.contains("<!-- the API keeps its comment -->"));
        QVERIFY(after.contains("<utilization id=\"api-utilization\">"));
        QCOMPARE(state.resource(QStringLiteral("api"))->operations.size(), 1);
        QCOMPARE(section->adminEpoch(), 0);
        QVERIFY(section->epoch() > 0);
    }

    void undoingRestoresTheTopLevel()
    {
        const QByteArray cib = fixture(QStringLiteral("healthy.cib.xml"));
        QString error;
        auto section = ResourceSection::fromCib(cib, &error);
        QVERIFY(section);
        const QByteArray before = section->toXml();
        QVERIFY(section->group(QStringLiteral("g"), {QStringLiteral("vip-ext")}, &error));
        QVERIFY(section->clone(QStringLiteral("g"), QStringLiteral("g-clone"), false, &error));
        QVERIFY2(section->unclone(QStringLiteral("g-clone"), &error), qPrintable(error));
        QVERIFY2(section->ungroup(QStringLiteral("g"), &error), qPrintable(error));
        QCOMPARE(section->toXml(), before);
        QByteArray after;
        const ClusterState state = replacedByPacemaker(cib, *section, &after);
        QVERIFY(state.resource(QStringLiteral("vip-ext"))->parent.isEmpty());
    }

    void undoingIsRefusedWhileConstraintsNameTheCollection()
    {
        const QByteArray cib = fixture(QStringLiteral("promotable.cib.xml"));
        QString error;
        auto section = ResourceSection::fromCib(cib, &error);
        QVERIFY(section);
        QVERIFY(!section->unclone(QStringLiteral("stateful-clone"), &error));
        QVERIFY2(error.contains(QLatin1String("col-db-with-promoted")) && error.contains(QLatin1String("loc-promote-on-node1")),
                 qPrintable(error));
        QVERIFY(!section->ungroup(QStringLiteral("db-group"), &error));
        QVERIFY(error.contains(QLatin1String("ord-promote-then-db")));
    }

    void promotableCloneIsMarked()
    {
        const QByteArray cib = fixture(QStringLiteral("healthy.cib.xml"));
        QString error;
        auto section = ResourceSection::fromCib(cib, &error);
        QVERIFY(section->clone(QStringLiteral("api"), QStringLiteral("api-clone"), true, &error));
        QByteArray after;
        QCOMPARE(replacedByPacemaker(cib, *section, &after).resource(QStringLiteral("api-clone"))->kind,
                 ResourceKind::Promotable);
    }

    void impossibleRearrangementsAreRefused()
    {
        QString error;
        const QByteArray cib = fixture(QStringLiteral("promotable.cib.xml"));
        auto section = ResourceSection::fromCib(cib, &error);
        QVERIFY(section);
        // A member of a group or clone, a collection, a missing id, twice the same.
        QVERIFY(!section->group(QStringLiteral("g"), {QStringLiteral("db")}, &error));
        QVERIFY(error.contains(QLatin1String("db")));
        QVERIFY(!section->group(QStringLiteral("g"), {QStringLiteral("stateful-clone")}, &error));
        QVERIFY(!section->group(QStringLiteral("g"), {QStringLiteral("nope")}, &error));
        QVERIFY(!section->group(QStringLiteral("g"), {QStringLiteral("api"), QStringLiteral("api")}, &error));
        QVERIFY(!section->group(QStringLiteral("vip-ext"), {QStringLiteral("api")}, &error)); // not a group
        QVERIFY(!section->clone(QStringLiteral("stateful-clone"), QStringLiteral("c"), false, &error));
        QVERIFY(!section->clone(QStringLiteral("api"), QStringLiteral("vip-ext"), false, &error)); // id taken
        QVERIFY(!section->ungroup(QStringLiteral("stateful-clone"), &error));
        QVERIFY(!section->unclone(QStringLiteral("db-group"), &error));
        // Adding to an existing group appends.
        QVERIFY2(section->group(QStringLiteral("db-group"), {QStringLiteral("api")}, &error), qPrintable(error));
        QByteArray after;
        QCOMPARE(replacedByPacemaker(cib, *section, &after).resource(QStringLiteral("db-group"))->children,
                 (QStringList{QStringLiteral("db-fs"), QStringLiteral("db"), QStringLiteral("api")}));
    }

    void hostileInputIsRefused()
    {
        QString error;
        QVERIFY(!ResourceSection::fromCib(R"(<!DOCTYPE cib [<!ENTITY a "aaaa">]><cib><configuration><resources/></configuration></cib>)",
                                          &error));
        QVERIFY(error.contains(QLatin1String("DTD")));
        QVERIFY(!ResourceSection::fromCib("<cib><configuration><resources>", &error));
        QVERIFY(!ResourceSection::fromCib("<cib><configuration/></cib>", &error));
    }

    void operationsCarryTheirBasis()
    {
        const QByteArray cib = fixture(QStringLiteral("healthy.cib.xml"));
        QString error;
        const auto op = ClusterOperation::group(cib, QStringLiteral("front"), {QStringLiteral("vip-int"), QStringLiteral("api")},
                                                &error);
        QVERIFY2(op, qPrintable(error));
        ClusterState state;
        QVERIFY(ClusterStateReader::readCib(cib, &state, &error));
        QCOMPARE(op->builtOnEpoch, state.epoch);
        QCOMPARE(op->builtOnAdminEpoch, state.adminEpoch);
        QCOMPARE(op->argv.constLast(), QStringLiteral("--xml-pipe"));
        QVERIFY(op->input.startsWith("<resources"));
        QVERIFY(!ClusterOperation::group(cib, QStringLiteral("bad id"), {QStringLiteral("api")}, &error));
        QVERIFY(!ClusterOperation::clone(cib, QStringLiteral("api'"), {}, false, &error));
    }

    void constraintEditsAreChecked()
    {
        Constraint location;
        location.id = QStringLiteral("loc-1");
        location.kind = ConstraintKind::Location;
        QString error;
        const auto op = ClusterOperation::editConstraint(location, {{QStringLiteral("score"), QStringLiteral("-INFINITY")},
                                                                    {QStringLiteral("node"), QStringLiteral("node2")}},
                                                         &error);
        QVERIFY2(op, qPrintable(error));
        QCOMPARE(op->argv.mid(0, 4), (QStringList{QStringLiteral("cibadmin"), QStringLiteral("--modify"),
                                                  QStringLiteral("--scope"), QStringLiteral("constraints")}));
        QCOMPARE(op->argv.constLast(), QStringLiteral(R"(<rsc_location id="loc-1" node="node2" score="-INFINITY"/>)"));
        QVERIFY(!ClusterOperation::editConstraint(location, {{QStringLiteral("score"), QStringLiteral("high")}}, &error));
        QVERIFY(!ClusterOperation::editConstraint(location, {{QStringLiteral("with-rsc"), QStringLiteral("api")}}, &error));
        QVERIFY(!ClusterOperation::editConstraint(location, {{QStringLiteral("node"), QString()}}, &error));
        QVERIFY(!ClusterOperation::editConstraint(location, {}, &error));
        Constraint order;
        order.id = QStringLiteral("ord-1");
        order.kind = ConstraintKind::Order;
        QVERIFY(ClusterOperation::editConstraint(order, {{QStringLiteral("kind"), QStringLiteral("Optional")}}, &error));
        QVERIFY(!ClusterOperation::editConstraint(order, {{QStringLiteral("kind"), QStringLiteral("Sometimes")}}, &error));
        QVERIFY(!ClusterOperation::editConstraint(order, {{QStringLiteral("first"), QStringLiteral("a b")}}, &error));
    }

    void resourceAttributes()
    {
        QString error;
        const auto set = ClusterOperation::setResourceAttribute(QStringLiteral("api"), QStringLiteral("migration-threshold"),
                                                                QStringLiteral("3"), true, &error);
        QVERIFY(set);
        QVERIFY(set->argv.contains(QStringLiteral("--meta")));
        QCOMPARE(set->argv.mid(set->argv.size() - 4),
                 (QStringList{QStringLiteral("--set-parameter"), QStringLiteral("migration-threshold"),
                              QStringLiteral("--parameter-value"), QStringLiteral("3")}));
        const auto unset = ClusterOperation::setResourceAttribute(QStringLiteral("api"), QStringLiteral("fake"), {}, false,
                                                                  &error);
        QVERIFY(unset->argv.contains(QStringLiteral("--delete-parameter")));
        QVERIFY(!ClusterOperation::setResourceAttribute(QStringLiteral("api"), QStringLiteral("--force"),
                                                        QStringLiteral("1"), false, &error));
    }

    void deletionIsRefusedWhileConstraintsNameIt()
    {
        const ClusterState moved = PacemakerFixtures::state(QStringLiteral("moved"));
        QString error;
        QVERIFY(!ClusterOperation::deleteResource(moved, QStringLiteral("api"), &error));
        for (const char* id : {"col-api-with-vip-int", "ord-vip-int-then-api", "cli-ban-api-on-node3"})
            QVERIFY2(error.contains(QLatin1String(id)), qPrintable(error));
        QVERIFY(!ClusterOperation::deleteResource(moved, QStringLiteral("nosuch"), &error));
        QVERIFY(error.contains(QLatin1String("no resource")));
        // A clone is refused for what names the resource inside it too; a group member that
        // nothing names goes, the group's only member does not.
        const ClusterState promotable = PacemakerFixtures::state(QStringLiteral("promotable"));
        QVERIFY(!ClusterOperation::deleteResource(promotable, QStringLiteral("db-group"), &error));
        QVERIFY(error.contains(QLatin1String("col-db-with-promoted")));
        const auto member = ClusterOperation::deleteResource(promotable, QStringLiteral("db"), &error);
        QVERIFY2(member, qPrintable(error));
        QVERIFY(member->argv.contains(QStringLiteral("/cib/configuration/resources//*[@id='db']")));
        QVERIFY(!ClusterOperation::deleteResource(promotable, QStringLiteral("stateful"), &error));
        QVERIFY2(error.contains(QLatin1String("only member of promotable stateful-clone: delete stateful-clone instead")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestResourceSection)
#include "tst_resourcesection.moc"
