#include "backend/pacemaker/ClusterModels.h"
#include "backend/pacemaker/ClusterStateReader.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace hadesk::pcmk;

namespace {

ClusterState load(const QString& name)
{
    ClusterState state;
    QString error;
    for (const char* suffix : {".cib.xml", ".crm_mon.xml"}) {
        QFile file(QStringLiteral(HADESK_FIXTURES "/pacemaker/") + name + QLatin1String(suffix));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture");
        const bool ok = qstrcmp(suffix, ".cib.xml") == 0 ? ClusterStateReader::readCib(file.readAll(), &state, &error)
                                                         : ClusterStateReader::readCrmMon(file.readAll(), &state, &error);
        if (!ok)
            qFatal("%s", qPrintable(error));
    }
    return state;
}

} // namespace

class TestClusterModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nodes()
    {
        NodeTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setState(load(QStringLiteral("healthy")));
        QCOMPARE(model.rowCount(), 3);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setState(load(QStringLiteral("standby")));
        QCOMPARE(resets.size(), 0); // same nodes: updated in place
        QCOMPARE(model.index(1, NodeTableModel::StateColumn).data().toString(), QStringLiteral("standby"));
    }

    void resourcesAsATree()
    {
        ResourceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setState(load(QStringLiteral("healthy")));
        QCOMPARE(model.rowCount(), 8); // 3 fence devices, 2 VIPs, 2 clones, api
        QModelIndex clone;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString() == u"web-clone")
                clone = model.index(row, 0);
        }
        QVERIFY(clone.isValid());
        QCOMPARE(model.rowCount(clone), 1);
        const QModelIndex web = model.index(0, ResourceTreeModel::AgentColumn, clone);
        QCOMPARE(web.data().toString(), QStringLiteral("ocf:heartbeat:anything"));
        QCOMPARE(web.parent(), clone);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setState(load(QStringLiteral("moved"))); // same resources, new places
        QCOMPARE(resets.size(), 0);
        model.setState(load(QStringLiteral("promotable"))); // new resources: a new shape
        QCOMPARE(resets.size(), 1);
        QModelIndex group;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString() == u"db-group")
                group = model.index(row, 0);
        }
        QCOMPARE(model.rowCount(group), 2);
        QCOMPARE(model.index(1, 0, group).data(ResourceTreeModel::ResourceIdRole).toString(), QStringLiteral("db"));
    }

    void constraints()
    {
        ConstraintTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setState(load(QStringLiteral("moved")));
        bool foundBan = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString() == u"cli-ban-api-on-node3") {
                foundBan = true;
                QVERIFY(model.index(row, ConstraintTableModel::DetailColumn).data().toString().contains(QLatin1String("until")));
            }
        }
        QVERIFY(foundBan);
        model.setState(load(QStringLiteral("healthy")));
        QCOMPARE(model.rowCount(), 12);
    }
};

QTEST_GUILESS_MAIN(TestClusterModels)
#include "tst_clustermodels.moc"
