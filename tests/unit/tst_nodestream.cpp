// The live stream every watcher stands on, against a fake host: a burst of lines is one change,
// a command that ends is restarted with a growing pause and says why, a missing command or a
// refused sudo makes it unavailable (not retried until asked), Read Again starts it again.
#include "FakeHost.h"
#include "backend/streams/NodeStream.h"
#include "backend/streams/StreamModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hadesk;
using streams::NodeStream;

class TestNodeStream : public QObject
{
    Q_OBJECT

    static QStringList monitor() { return {QStringLiteral("ip"), QStringLiteral("monitor")}; }

private Q_SLOTS:
    void burstIsOneChange()
    {
        FakeHost node(QStringLiteral("node1"));
        node.reply(monitor(), {"Deleted 2: eth1 inet 192.0.2.10/24\n3: eth1 inet 192.0.2.10/24\nx\n", {}, 0, false});
        NodeStream stream(QStringLiteral("addresses"), QStringLiteral("node1"), &node, monitor(), {});
        QSignalSpy changed(&stream, &NodeStream::changed);
        QSignalSpy lines(&stream, &NodeStream::line);
        stream.start();
        QVERIFY(changed.wait(2000));
        // The command ended: it is started again a second later, long after the first burst's
        // debounce; what had come by then is the first run's alone.
        qsizetype changesBefore = -1, linesBefore = -1;
        connect(&stream, &NodeStream::started, this, [&] {
            changesBefore = changed.size();
            linesBefore = lines.size();
        });
        QTRY_VERIFY_WITH_TIMEOUT(changesBefore >= 0, 3000);
        QCOMPARE(linesBefore, 3);
        QCOMPARE(changesBefore, 1);
    }

    // It ends: restarted after a second, then after two; the reason says so.
    void endedStreamRestartsWithAGrowingPause()
    {
        FakeHost node(QStringLiteral("node1"));
        node.reply(monitor(), {{}, "ip: lost the netlink socket\n", 1, false});
        NodeStream stream(QStringLiteral("addresses"), QStringLiteral("node1"), &node, monitor(), {});
        QSignalSpy started(&stream, &NodeStream::started);
        stream.start();
        QTRY_COMPARE(stream.status(), NodeStream::Status::Restarting);
        QVERIFY2(stream.reason().contains(u"lost the netlink socket") && stream.reason().contains(u"in 1 s"),
                 qPrintable(stream.reason()));
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 3000);
        QTRY_VERIFY(stream.reason().contains(u"in 2 s"));
        QCOMPARE(stream.restarts(), 2);
        QCOMPARE(node.ran.size(), 2);
    }

    void missingCommandIsUnavailableUntilAsked()
    {
        FakeHost node(QStringLiteral("node1")); // answers everything with 127
        NodeStream stream(QStringLiteral("DRBD"), QStringLiteral("node1"), &node,
                          {QStringLiteral("drbdsetup"), QStringLiteral("events2")}, {});
        stream.start();
        QTRY_COMPARE(stream.status(), NodeStream::Status::Unavailable);
        QVERIFY2(stream.reason().contains(u"drbdsetup is not installed on node1"), qPrintable(stream.reason()));
        QCOMPARE(stream.restarts(), 0); // no restart was scheduled: not retried by itself
        QCOMPARE(node.ran.size(), 1);
        stream.readAgain();
        QTRY_COMPARE(node.ran.size(), 2);
    }

    void judgeDecidesForGood()
    {
        FakeHost node(QStringLiteral("node1"));
        node.reply(monitor(), {{}, "modprobe drbd failed\n", 20, false});
        NodeStream stream(QStringLiteral("DRBD"), QStringLiteral("node1"), &node, monitor(), {});
        stream.setEndJudge([](const ssh::SshJob&, bool printed, const QByteArray& stderrTail) {
            return !printed && stderrTail.contains("modprobe drbd") ? QStringLiteral("no module") : QString();
        });
        stream.start();
        QTRY_COMPARE(stream.status(), NodeStream::Status::Unavailable);
        QCOMPARE(stream.reason(), QStringLiteral("no module"));
    }

    // Read Again on a running stream asks for a read without restarting it.
    void readAgainWhileRunning()
    {
        FakeHost node(QStringLiteral("node1"));
        node.reply(monitor(), {{}, {}, 0, true});
        NodeStream stream(QStringLiteral("addresses"), QStringLiteral("node1"), &node, monitor(), {});
        QSignalSpy changed(&stream, &NodeStream::changed);
        stream.start();
        stream.readAgain();
        QVERIFY(changed.wait(2000));
        QCOMPARE(node.ran.size(), 1);
        QCOMPARE(stream.status(), NodeStream::Status::Running);
        stream.stop();
        QCOMPARE(node.cancelled.size(), 1); // ended on the node
    }

    void modelFollowsStreams()
    {
        FakeHost node(QStringLiteral("node1"));
        streams::StreamModel model;
        QAbstractItemModelTester tester(&model);
        auto* stream = new NodeStream(QStringLiteral("DRBD"), QStringLiteral("node1"), &node,
                                      {QStringLiteral("drbdsetup"), QStringLiteral("events2")}, {});
        model.track(stream);
        model.track(stream);
        QCOMPARE(model.rowCount(), 1);
        stream->start();
        QTRY_COMPARE(model.index(0, streams::StreamModel::StateColumn).data().toString(), QStringLiteral("unavailable"));
        QVERIFY(model.index(0, streams::StreamModel::ReasonColumn).data().toString().contains(u"not installed"));
        delete stream;
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNodeStream)
#include "tst_nodestream.moc"
