// The command log keeps the operator's commands and the background reads apart, each bounded:
// a console open for hours neither grows nor redraws its log for the watchers' reads.
#include "backend/AuditLogModel.h"
#include "backend/CommandLogModel.h"
#include "backend/pacemaker/AuditLog.h"
#include "ssh/CommandLog.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hadesk;
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

    // The audit log of one cluster, newest first: what was in the file (another process wrote
    // it), then what this process appends; the other clusters' entries left out.
    void auditLogShowsOneClustersChangesNewestFirst()
    {
        QTemporaryDir dir;
        pcmk::AuditLog::setPath(dir.filePath(QStringLiteral("audit.jsonl")));
        const auto entry = [](const char* cluster, const char* operation) {
            return QJsonObject{{QStringLiteral("cluster"), QLatin1String(cluster)}, {QStringLiteral("host"), QStringLiteral("node1")},
                               {QStringLiteral("operation"), QLatin1String(operation)},
                               {QStringLiteral("command"), QJsonArray{QStringLiteral("crm_resource"), QStringLiteral("--move")}},
                               {QStringLiteral("result"), QStringLiteral("applied")}, {QStringLiteral("message"), QString()}};
        };
        QString error;
        QVERIFY(pcmk::AuditLog::append(entry("lab", "move api to node2"), &error));
        QVERIFY(pcmk::AuditLog::append(entry("other", "standby node9"), &error));
        {
            // A line hadeskctl is still writing, or broken: skipped.
            QFile file(pcmk::AuditLog::path());
            QVERIFY(file.open(QIODevice::Append));
            file.write("{\"cluster\": \"lab\", \"oper\n");
        }
        AuditLogModel model(QStringLiteral("lab"));
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AuditLogModel::OperationColumn).data().toString(), QStringLiteral("move api to node2"));
        QCOMPARE(model.index(0, AuditLogModel::CommandColumn).data().toString(), QStringLiteral("crm_resource --move"));
        QVERIFY(!model.index(0, AuditLogModel::UserColumn).data().toString().isEmpty());
        QVERIFY(pcmk::AuditLog::append(entry("lab", "clear api"), &error));
        QVERIFY(pcmk::AuditLog::append(entry("other", "online node9"), &error));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AuditLogModel::OperationColumn).data().toString(), QStringLiteral("clear api"));
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(pcmk::AuditLog::newest({}, 10).size(), 4);
        QCOMPARE(pcmk::AuditLog::newest(QStringLiteral("lab"), 1).constFirst().value(QStringLiteral("operation")).toString(),
                 QStringLiteral("clear api"));
        pcmk::AuditLog::setPath({});
    }
};

QTEST_GUILESS_MAIN(TestCommandLog)
#include "tst_commandlog.moc"
