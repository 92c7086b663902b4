#include "ssh/KnownHosts.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using hadesk::ssh::HostKey;
using hadesk::ssh::KnownHostsFile;
using Verdict = hadesk::ssh::KnownHostsFile::Verdict;

namespace {

const QString kPlain = QStringLiteral(HADESK_FIXTURES "/ssh/known_hosts_lab");
const QString kHashed = QStringLiteral(HADESK_FIXTURES "/ssh/known_hosts_lab_hashed");

// The keys as the lab's nodes present them: read from the plain fixture (written by labctl from
// ssh-keygen's output), line N is nodeN.
HostKey labKey(int node)
{
    QFile file(kPlain);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no fixture");
    const QList<QByteArray> fields = file.readAll().split('\n').at(node - 1).split(' ');
    return {QString::fromLatin1(fields.at(1)), QByteArray::fromBase64(fields.at(2))};
}

// Which lines ssh-keygen -F says name a host: OpenSSH's own reading of the file.
QList<int> linesOpenSshFinds(const QString& path, const QString& name)
{
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-F"), name, QStringLiteral("-f"), path});
    keygen.waitForFinished(10000);
    QList<int> lines;
    static const QRegularExpression found(QStringLiteral("^# Host .* found: line (\\d+)"));
    const QStringList output = QString::fromUtf8(keygen.readAllStandardOutput()).split(u'\n');
    for (const QString& line : output) {
        const auto match = found.match(line);
        if (match.hasMatch())
            lines << match.captured(1).toInt();
    }
    return lines;
}

} // namespace

class TestKnownHosts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void fingerprintMatchesSshKeygen()
    {
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-f"), kPlain});
        QVERIFY(keygen.waitForFinished(10000));
        const QString first = QString::fromUtf8(keygen.readAllStandardOutput()).section(u'\n', 0, 0);
        QCOMPARE(first.section(u' ', 1, 1), labKey(1).sha256Fingerprint());
    }

    void findsWhatOpenSshFinds_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("name");
        for (const QString& path : {kPlain, kHashed}) {
            const QString kind = path == kPlain ? QStringLiteral("plain") : QStringLiteral("hashed");
            for (const char* name : {"node1", "node3", "198.19.0.12", "198.18.0.13", "NODE2",
                                     "node4", "[node1]:2222", "198.19.0.1"})
                QTest::newRow(qPrintable(kind + u' ' + QLatin1String(name)))
                    << path << QString::fromLatin1(name);
        }
    }

    void findsWhatOpenSshFinds()
    {
        QFETCH(QString, path);
        QFETCH(QString, name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QList<int> ours;
        for (int i = 0; i < lines.size(); ++i) {
            const QByteArray field = lines.at(i).split(' ').constFirst();
            if (!field.isEmpty() && KnownHostsFile::fieldMatches(QString::fromLatin1(field), name))
                ours << i + 1;
        }
        QCOMPARE(ours, linesOpenSshFinds(path, name));
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("keyOf");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<int>("line");
        QTest::newRow("known by alias") << kPlain << "node2" << 22 << 2 << Verdict::Known << 2;
        QTest::newRow("known by address") << kPlain << "198.18.0.13" << 22 << 3 << Verdict::Known << 3;
        QTest::newRow("known, hashed") << kHashed << "node2" << 22 << 2 << Verdict::Known << 4;
        QTest::newRow("unknown host") << kPlain << "node9" << 22 << 1 << Verdict::Unknown << 0;
        QTest::newRow("other port is another host") << kPlain << "node1" << 2222 << 1 << Verdict::Unknown << 0;
        QTest::newRow("changed") << kPlain << "node1" << 22 << 2 << Verdict::Changed << 1;
        QTest::newRow("changed, hashed") << kHashed << "198.19.0.13" << 22 << 1 << Verdict::Changed << 8;
    }

    void verdicts()
    {
        QFETCH(QString, path);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(int, keyOf);
        QFETCH(Verdict, verdict);
        QFETCH(int, line);
        const auto result = KnownHostsFile::load(path).check(host, port, labKey(keyOf));
        QCOMPARE(result.verdict, verdict);
        QCOMPARE(result.line, line);
    }

    void changedKeyMessageNamesFileAndLine()
    {
        const HostKey presented = labKey(2);
        const auto result = KnownHostsFile::load(kPlain).check(QStringLiteral("node1"), 22, presented);
        const QString message = result.message(QStringLiteral("node1"), presented);
        QVERIFY2(message.contains(kPlain) && message.contains(QLatin1String("line 1")), qPrintable(message));
        QVERIFY(message.contains(presented.sha256Fingerprint()));
    }

    void revokedKeyIsRefused()
    {
        QFile plain(kPlain);
        QVERIFY(plain.open(QIODevice::ReadOnly));
        const QByteArray first = plain.readLine();
        const QByteArray revoked = "@revoked node1 " + first.mid(first.indexOf(' ') + 1);
        const auto file = KnownHostsFile::parse(first + revoked, QStringLiteral("kh"));
        const auto result = file.check(QStringLiteral("node1"), 22, labKey(1));
        QCOMPARE(result.verdict, Verdict::Revoked);
        QCOMPARE(result.line, 2);
    }

    void skipsMalformedLines()
    {
        const auto file = KnownHostsFile::parse("garbage\nnode1 ssh-ed25519 !!!notbase64\n"
                                                "@weird node1 ssh-ed25519 AAAA\n\n# comment\n",
                                                QStringLiteral("kh"));
        QCOMPARE(file.entryCount(), 0);
    }

    void appendedKeyIsKnownAfterwards()
    {
        const QString path = m_dir.filePath(QStringLiteral("sub/known_hosts"));
        QString error;
        QVERIFY2(KnownHostsFile::append(path, QStringLiteral("node3"), 2222, labKey(3), &error),
                 qPrintable(error));
        QVERIFY(KnownHostsFile::append(path, QStringLiteral("node1"), 22, labKey(1), &error));
        const auto file = KnownHostsFile::load(path);
        QCOMPARE(file.check(QStringLiteral("node3"), 2222, labKey(3)).verdict, Verdict::Known);
        QCOMPARE(file.check(QStringLiteral("node1"), 22, labKey(1)).line, 2);
        // OpenSSH reads what we wrote.
        QCOMPARE(linesOpenSshFinds(path, QStringLiteral("[node3]:2222")), QList<int>{1});
    }
};

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
