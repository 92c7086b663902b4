// The command log keeps the operator's commands and the background reads apart, each bounded:
// a console open for hours neither grows nor redraws its log for the watchers' reads.
#include "backend/CommandLogModel.h"
#include "ssh/CommandLog.h"

#include <QSignalSpy>
#include <QTest>

using namespace hadesk::ssh;

class TestCommandLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backgroundReadsAreKeptApartAndBounded()
    {
        CommandLog* log = CommandLog::instance();
        QSignalSpy recorded(log, &CommandLog::recorded);
        const qsizetype before = log->entries().size();
        for (int i = 0; i < CommandLog::kBackgroundCapacity * 3; ++i)
            log->record({QStringLiteral("node1"), QStringLiteral("root"), {QStringLiteral("crm_mon")}, {}, 1, 0, {}, true});
        log->record({QStringLiteral("node1"), QStringLiteral("root"), {QStringLiteral("crm_resource")}, {}, 1, 0, {}, false});
        QCOMPARE(recorded.size(), 1); // only the operator's command reaches the Commands tab
        QCOMPARE(log->entries().size(), before + 1);
        QCOMPARE(log->entries().last().argv, QStringList{QStringLiteral("crm_resource")});
        QCOMPARE(log->backgroundEntries().size(), CommandLog::kBackgroundCapacity);
        QCOMPARE(log->backgroundCount(), quint64(CommandLog::kBackgroundCapacity * 3));
    }

    // A wrapper script is shown by its name and what it runs, not as "sh -c 'set -eu…'".
    void wrappedCommandsReadAsWhatTheyRun()
    {
        const QStringList apply{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("set -eu\nadmin_epoch=$1 epoch=$2\nexec \"$@\""),
                                QStringLiteral("hadesk-apply"), QStringLiteral("0"), QStringLiteral("42"), QStringLiteral("crm_resource"),
                                QStringLiteral("--move"), QStringLiteral("--resource"), QStringLiteral("vip-ext")};
        QCOMPARE(hadesk::CommandLogModel::commandText(apply),
                 QStringLiteral("[hadesk-apply] 0 42 crm_resource --move --resource vip-ext"));
        QCOMPARE(hadesk::CommandLogModel::commandText({QStringLiteral("crm_mon"), QStringLiteral("--one-shot")}),
                 QStringLiteral("crm_mon --one-shot"));
    }

    void operatorCommandsAreBoundedToo()
    {
        CommandLog* log = CommandLog::instance();
        for (int i = 0; i < CommandLog::kCapacity + 10; ++i)
            log->record({QStringLiteral("node1"), QStringLiteral("root"), {QString::number(i)}, {}, 1, 0, {}, false});
        QCOMPARE(log->entries().size(), CommandLog::kCapacity);
        QCOMPARE(log->entries().last().argv, QStringList{QString::number(CommandLog::kCapacity + 9)});
    }
};

QTEST_GUILESS_MAIN(TestCommandLog)
#include "tst_commandlog.moc"
