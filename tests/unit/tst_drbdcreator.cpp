#include "backend/drbd/DrbdResourceCreator.h"

#include <QTest>

using namespace hadesk::drbd;

namespace {

NewResource sample()
{
    NewResource r;
    r.name = QStringLiteral("spare");
    r.minor = 1;
    r.port = 7790;
    r.disk = QStringLiteral("/dev/vdd");
    r.nodes = {{QStringLiteral("drbd1"), QStringLiteral("198.18.0.21")}, {QStringLiteral("drbd2"), QStringLiteral("198.18.0.22")}};
    r.resyncRate = QStringLiteral("4M");
    r.initialPrimary = QStringLiteral("drbd1");
    return r;
}

} // namespace

class TestDrbdCreator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The file drbdadm accepted in the lab (its dry run and a real create), marked as HAdesk's.
    void writesTheResourceFile()
    {
        QString error;
        QVERIFY2(DrbdResourceCreator::validate(sample(), &error), qPrintable(error));
        const QByteArray file = DrbdResourceCreator::resourceFile(sample());
        QVERIFY(file.startsWith(DrbdResourceCreator::marker()));
        QVERIFY(file.contains("resource spare {\n    protocol C;\n    device minor 1;\n    disk /dev/vdd;\n    meta-disk internal;\n"));
        QVERIFY(file.contains("    disk {\n        c-plan-ahead 0;\n        resync-rate 4M;\n    }\n"));
        QVERIFY(file.contains("    on drbd1 {\n        address 198.18.0.21:7790;\n    }\n"));
        QVERIFY(file.contains("    on drbd2 {\n        address 198.18.0.22:7790;\n    }\n}\n"));
        NewResource v6 = sample();
        v6.nodes[0].address = QStringLiteral("fd00::1");
        v6.nodes[1].address = QStringLiteral("fd00::2");
        v6.resyncRate.clear();
        const QByteArray six = DrbdResourceCreator::resourceFile(v6);
        QVERIFY(six.contains("address ipv6 [fd00::1]:7790;"));
        QVERIFY(!six.contains("resync-rate"));
        QCOMPARE(DrbdResourceCreator::pathOf(QStringLiteral("spare")), QStringLiteral("/etc/drbd.d/spare.res"));
    }

    // Nothing an operator types reaches a node unchecked.
    void refusesBadSpecifications_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("why");
        QTest::newRow("name with a space") << "name" << "a b" << "resource name";
        QTest::newRow("name with a semicolon") << "name" << "x;reboot" << "resource name";
        QTest::newRow("minor") << "minor" << "-1" << "device minor";
        QTest::newRow("port") << "port" << "70000" << "port";
        QTest::newRow("disk outside /dev") << "disk" << "/tmp/disk" << "block device path";
        QTest::newRow("disk climbing out") << "disk" << "/dev/../etc/passwd" << "block device path";
        QTest::newRow("disk with a quote") << "disk" << "/dev/vdd\"" << "block device path";
        QTest::newRow("rate") << "rate" << "fast" << "resync rate";
        QTest::newRow("host") << "host" << "drbd1;id" << "host name";
        QTest::newRow("address") << "address" << "198.18.0.300" << "IP address";
        QTest::newRow("same address") << "address" << "198.18.0.22" << "of its own";
        QTest::newRow("primary elsewhere") << "primary" << "node9" << "not one of the nodes";
        QTest::newRow("neither primary nor skip") << "primary" << "" << "initial sync";
        QTest::newRow("one node") << "nodes" << "1" << "two nodes";
    }

    void refusesBadSpecifications()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, why);
        NewResource r = sample();
        if (field == u"name")
            r.name = value;
        else if (field == u"minor")
            r.minor = value.toInt();
        else if (field == u"port")
            r.port = value.toInt();
        else if (field == u"disk")
            r.disk = value;
        else if (field == u"rate")
            r.resyncRate = value;
        else if (field == u"host")
            r.nodes[0].name = value;
        else if (field == u"address")
            r.nodes[0].address = value;
        else if (field == u"primary")
            r.initialPrimary = value;
        else if (field == u"nodes")
            r.nodes.removeLast();
        QString error;
        QVERIFY(!DrbdResourceCreator::validate(r, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
    }

    void skipNeedsNoPrimary()
    {
        NewResource r = sample();
        r.initialPrimary.clear();
        r.skipInitialSync = true;
        QString error;
        QVERIFY2(DrbdResourceCreator::validate(r, &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDrbdCreator)
#include "tst_drbdcreator.moc"
