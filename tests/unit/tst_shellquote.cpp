#include "ssh/ShellQuote.h"

#include <QProcess>
#include <QTest>

using hadesk::ssh::ShellQuote;

// The real judge of quoting is a POSIX shell: dash (Debian's sh) and bash, given the joined line,
// must hand printf exactly the original arguments.
class TestShellQuote : public QObject
{
    Q_OBJECT

    static QByteArray echoedBy(const QString& shell, const QStringList& argv)
    {
        QProcess process;
        process.start(shell, {QStringLiteral("-c"),
                              QString::fromUtf8("printf '%s\\0' " + ShellQuote::join(argv))});
        if (!process.waitForFinished(10000) || process.exitCode() != 0)
            return "<shell failed: " + process.readAllStandardError() + '>';
        return process.readAllStandardOutput();
    }

private Q_SLOTS:
    void survivesTheShell_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::newRow("plain") << QStringList{QStringLiteral("crm_mon"), QStringLiteral("-1")};
        QTest::newRow("spaces") << QStringList{QStringLiteral("a b"), QStringLiteral("  ")};
        QTest::newRow("empty") << QStringList{QString(), QStringLiteral("x")};
        QTest::newRow("single quotes") << QStringList{QStringLiteral("it's"), QStringLiteral("''")};
        QTest::newRow("double quotes") << QStringList{QStringLiteral("say \"hi\"")};
        QTest::newRow("substitution") << QStringList{QStringLiteral("$(reboot)"),
                                                     QStringLiteral("`id`"),
                                                     QStringLiteral("${HOME}")};
        QTest::newRow("operators") << QStringList{QStringLiteral("a;b"), QStringLiteral("c&&d"),
                                                  QStringLiteral("e|f"), QStringLiteral(">g")};
        QTest::newRow("newlines") << QStringList{QStringLiteral("line1\nline2\n"),
                                                 QStringLiteral("\ttab")};
        QTest::newRow("non-ASCII") << QStringList{QStringLiteral("nodo-è"),
                                                  QStringLiteral("클러스터"),
                                                  QStringLiteral("Größe")};
        QTest::newRow("glob and tilde") << QStringList{QStringLiteral("*"), QStringLiteral("~root"),
                                                       QStringLiteral("[a]")};
        QTest::newRow("assignment-like") << QStringList{QStringLiteral("A=1"),
                                                        QStringLiteral("--opt=v")};
        QTest::newRow("backslashes") << QStringList{QStringLiteral("\\"), QStringLiteral("a\\'b")};
    }

    void survivesTheShell()
    {
        QFETCH(QStringList, argv);
        QByteArray expected;
        for (const QString& arg : argv)
            expected += arg.toUtf8() + '\0';
        QCOMPARE(echoedBy(QStringLiteral("/bin/sh"), argv), expected);
        QCOMPARE(echoedBy(QStringLiteral("/bin/bash"), argv), expected);
    }

    void plainWordsStayReadable()
    {
        QCOMPARE(ShellQuote::join({QStringLiteral("crm_resource"), QStringLiteral("--resource"),
                                   QStringLiteral("vip-ext"), QStringLiteral("/etc/x.conf")}),
                 QByteArray("crm_resource --resource vip-ext /etc/x.conf"));
        QCOMPARE(ShellQuote::quote(QStringLiteral("A=1")), QByteArray("'A=1'"));
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
