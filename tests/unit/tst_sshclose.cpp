// Closing a connection while it is still connecting returns at once: the connect goes on giving
// up in its own thread, which tells nobody about it any more.
#include "ssh/SshConnection.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace hadesk::ssh;

class TestSshClose : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closingWhileConnectingDoesNotWait()
    {
        // A server that accepts and never says a word: libssh waits for its banner for the
        // connect timeout (10 s).
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("ssh_config"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Host silent\n  HostName 127.0.0.1\n  Port %1\n  User nobody\n"
                                  "  UserKnownHostsFile %2/known_hosts\n  GlobalKnownHostsFile /dev/null\n")
                       .arg(silent.serverPort())
                       .arg(dir.path())
                       .toUtf8());
        file.close();

        auto* connection = new SshConnection({QStringLiteral("silent"), config});
        QSignalSpy states(connection, &SshConnection::stateChanged);
        connection->open();
        QVERIFY(silent.waitForNewConnection(5000));
        QTcpSocket* accepted = silent.nextPendingConnection();
        QVERIFY(accepted);
        QTRY_VERIFY(!states.isEmpty());
        QCOMPARE(connection->state(), ConnectionState::Connecting);

        // Not a benchmark: a bound on a freeze. libssh alone would wait out its 10 s timeout.
        QElapsedTimer closing;
        closing.start();
        delete connection;
        QVERIFY2(closing.elapsed() < 5000, qPrintable(QString::number(closing.elapsed())));
        // The thread hears it was closed and gives the connect up (the server never said a word),
        // and is cleaned up.
        QTRY_COMPARE_WITH_TIMEOUT(SshConnection::workersStillStopping(), 0, 5000);
        QTRY_VERIFY(accepted->state() != QAbstractSocket::ConnectedState);
    }
};

QTEST_GUILESS_MAIN(TestSshClose)
#include "tst_sshclose.moc"
