#include "LabFixture.h"
#include "backend/pacemaker/ClusterWatcher.h"
#include "ssh/SshConnection.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace hadesk;
using namespace hadesk::pcmk;

namespace {

// CPU seconds (user + system) a process has used, read from /proc on the node.
double cpuSeconds(const QString& node, const QString& pid)
{
    const QByteArray stat = LabFixture::run({QStringLiteral("exec"), node, QStringLiteral("cat"),
                                             QStringLiteral("/proc/%1/stat").arg(pid)});
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / 100.0; // utime, stime in ticks
}

} // namespace

class TestClusterWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsChangesWithoutPolling()
    {
        ssh::SshConnection node({QStringLiteral("node1"), LabFixture::sshConfig()});
        ClusterWatcher watcher(&node);
        QSignalSpy changes(&watcher, &ClusterWatcher::stateChanged);
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(watcher.hasState(), 30000);
        QVERIFY(watcher.state().hasQuorum);
        // Let the start-up settle, then: nothing changes, so nothing is fetched.
        changes.wait(2000);
        const int fetchesBefore = watcher.fetchCount();
        QVERIFY(!changes.wait(5000));
        QCOMPARE(watcher.fetchCount(), fetchesBefore);

        QList<qint64> latencies;
        for (int i = 1; i <= 5; ++i) {
            const QString value = QString::number(QDateTime::currentMSecsSinceEpoch()) + u'-' + QString::number(i);
            LabFixture::run({QStringLiteral("exec"), QStringLiteral("node3"), QStringLiteral("crm_attribute"),
                             QStringLiteral("--type"), QStringLiteral("crm_config"), QStringLiteral("--name"),
                             QStringLiteral("hadesk-watch-probe"), QStringLiteral("--update"), value});
            QElapsedTimer clock;
            clock.start();
            QTRY_COMPARE_WITH_TIMEOUT(watcher.state().properties.value(QStringLiteral("hadesk-watch-probe")), value,
                                      10000);
            latencies << clock.elapsed();
        }
        std::sort(latencies.begin(), latencies.end());
        QStringList sortedMs;
        for (const qint64 ms : std::as_const(latencies))
            sortedMs << QString::number(ms);
        qInfo("change seen after (ms, sorted): %s; median %lld ms", qPrintable(sortedMs.join(u' ')), latencies[2]);

        // What following the cluster costs node1 while idle: the crm_mon it keeps running.
        const QString pid = QString::fromUtf8(LabFixture::run({QStringLiteral("exec"), QStringLiteral("node1"),
                                                               QStringLiteral("pgrep"), QStringLiteral("-f"),
                                                               QStringLiteral("crm_mon --output-as=text")})
                                                  .trimmed()
                                                  .split('\n')
                                                  .constFirst());
        QVERIFY(!pid.isEmpty());
        const double before = cpuSeconds(QStringLiteral("node1"), pid);
        QElapsedTimer idle;
        idle.start();
        changes.wait(10000);
        const double used = cpuSeconds(QStringLiteral("node1"), pid) - before;
        qInfo("idle crm_mon on node1: %.2f s CPU in %.1f s = %.3f%% of one core", used, idle.elapsed() / 1000.0,
              100.0 * used / (idle.elapsed() / 1000.0));

        LabFixture::run({QStringLiteral("exec"), QStringLiteral("node3"), QStringLiteral("crm_attribute"),
                         QStringLiteral("--type"), QStringLiteral("crm_config"), QStringLiteral("--name"),
                         QStringLiteral("hadesk-watch-probe"), QStringLiteral("--delete")});
    }
};

QTEST_GUILESS_MAIN(TestClusterWatcher)
#include "tst_clusterwatcher.moc"
