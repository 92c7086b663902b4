#include "LabFixture.h"
#include "LabJobs.h"
#include "backend/pacemaker/AgentMetadata.h"
#include "backend/pacemaker/AuditLog.h"
#include "backend/pacemaker/ClusterFetch.h"
#include "backend/pacemaker/ClusterOperation.h"
#include "backend/jobs/Job.h"
#include "ssh/SshJob.h"
#include "ssh/SshConnection.h"

#include <QFile>
#include <QProcess>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hadesk;
using namespace hadesk::pcmk;

namespace {

QStringList activeOn(ssh::SshConnection& node, const QString& resource)
{
    QString error;
    const auto state = LabJobs::clusterState(node, 60000, &error);
    if (!state)
        return {QStringLiteral("<") + error + u'>'};
    const Resource* r = state->resource(resource);
    return r ? r->activeOn : QStringList{QStringLiteral("<no such resource>")};
}

bool settled()
{
    int code = 0;
    LabFixture::run({QStringLiteral("exec"), QStringLiteral("node1"), QStringLiteral("crm_resource"),
                     QStringLiteral("--wait"), QStringLiteral("--timeout=60s")},
                    &code);
    return code == 0;
}

QList<QJsonObject> auditEntries()
{
    QFile file(AuditLog::path());
    QList<QJsonObject> entries;
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (!line.isEmpty())
            entries << QJsonDocument::fromJson(line).object();
    }
    return entries;
}

} // namespace

class TestClusterOperations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Preview, apply, and wait until the cluster has settled; `why` explains a missing operation.
    static void applyAndSettle(ssh::SshConnection& node, const std::optional<ClusterOperation>& op, QString why)
    {
        QVERIFY2(op, qPrintable(why));
        const auto preview = LabJobs::preview(node, *op, &why);
        QVERIFY2(preview, qPrintable(why));
        const ApplyResult result = LabJobs::apply(node, *op, *preview, QStringLiteral("lab"));
        QVERIFY2(result.outcome == ApplyResult::Outcome::Applied, qPrintable(result.message));
        QVERIFY(settled());
    }

private Q_SLOTS:
    void initTestCase()
    {
        AuditLog::setPath(m_dir.filePath(QStringLiteral("audit.jsonl")));
        LabFixture::run({QStringLiteral("reset")});
    }

    void cleanupTestCase() { LabFixture::run({QStringLiteral("reset")}); }

    void moveIsPreviewedThenApplied()
    {
        ssh::SshConnection node({QStringLiteral("node1"), LabFixture::sshConfig()});
        const QStringList before = activeOn(node, QStringLiteral("vip-ext"));
        QCOMPARE(before.size(), 1);
        const QString target = before.constFirst() == u"node3" ? QStringLiteral("node2") : QStringLiteral("node3");
        QString error;
        const auto move = ClusterOperation::forResource(QStringLiteral("move"), QStringLiteral("vip-ext"), target, {}, &error);
        QVERIFY(move);
        const auto preview = LabJobs::preview(node, *move, &error);
        QVERIFY2(preview, qPrintable(error));
        QCOMPARE(preview->actions.size(), 1);
        QCOMPARE(preview->actions.at(0).action, QStringLiteral("move"));
        QCOMPARE(preview->actions.at(0).dest, target);
        // A preview changes nothing.
        QCOMPARE(activeOn(node, QStringLiteral("vip-ext")), before);

        const ApplyResult result = LabJobs::apply(node, *move, *preview, QStringLiteral("lab"));
        QVERIFY2(result.outcome == ApplyResult::Outcome::Applied, qPrintable(result.message));
        QVERIFY(settled());
        QCOMPARE(activeOn(node, QStringLiteral("vip-ext")), QStringList{target});

        const QJsonObject last = auditEntries().constLast();
        QCOMPARE(last.value(QStringLiteral("result")).toString(), QStringLiteral("applied"));
        QCOMPARE(last.value(QStringLiteral("cluster")).toString(), QStringLiteral("lab"));
        QCOMPARE(last.value(QStringLiteral("host")).toString(), QStringLiteral("node1"));
        QVERIFY(!last.value(QStringLiteral("local_user")).toString().isEmpty());
        QCOMPARE(last.value(QStringLiteral("command")).toVariant().toStringList(), move->argv);

        const auto clear = ClusterOperation::forResource(QStringLiteral("clear"), QStringLiteral("vip-ext"), {}, {}, &error);
        const auto clearPreview = LabJobs::preview(node, *clear, &error);
        QVERIFY2(clearPreview, qPrintable(error));
        QVERIFY(LabJobs::apply(node, *clear, *clearPreview, QStringLiteral("lab")).outcome ==
                ApplyResult::Outcome::Applied);
    }

    void concurrentEditIsRefused()
    {
        ssh::SshConnection node({QStringLiteral("node2"), LabFixture::sshConfig()});
        QString error;
        const QStringList before = activeOn(node, QStringLiteral("api"));
        const auto ban = ClusterOperation::forResource(QStringLiteral("ban"), QStringLiteral("api"),
                                                       before.constFirst(), QStringLiteral("PT10M"), &error);
        QVERIFY(ban);
        const auto preview = LabJobs::preview(node, *ban, &error);
        QVERIFY2(preview, qPrintable(error));
        QVERIFY(!preview->actions.isEmpty());
        // Someone else edits the configuration between the preview and the apply.
        LabFixture::run({QStringLiteral("exec"), QStringLiteral("node3"), QStringLiteral("crm_attribute"),
                         QStringLiteral("--type"), QStringLiteral("crm_config"), QStringLiteral("--name"),
                         QStringLiteral("hadesk-test-edit"), QStringLiteral("--update"), QStringLiteral("1")});
        const ApplyResult result = LabJobs::apply(node, *ban, *preview, QStringLiteral("lab"));
        QVERIFY2(result.outcome == ApplyResult::Outcome::Stale, qPrintable(result.message));
        QVERIFY(result.message.contains(QLatin1String("changed since the preview")));
        QVERIFY(settled());
        QCOMPARE(activeOn(node, QStringLiteral("api")), before); // nothing was done
        QCOMPARE(auditEntries().constLast().value(QStringLiteral("result")).toString(), QStringLiteral("refused-stale"));
        LabFixture::run({QStringLiteral("exec"), QStringLiteral("node3"), QStringLiteral("crm_attribute"),
                         QStringLiteral("--type"), QStringLiteral("crm_config"), QStringLiteral("--name"),
                         QStringLiteral("hadesk-test-edit"), QStringLiteral("--delete")});
    }

    void standbyAndOnline()
    {
        ssh::SshConnection node({QStringLiteral("node1"), LabFixture::sshConfig()});
        QString error;
        for (const char* action : {"standby", "online"}) {
            const auto op = ClusterOperation::forNode(QLatin1String(action), QStringLiteral("node2"), &error);
            const auto preview = LabJobs::preview(node, *op, &error);
            QVERIFY2(preview, qPrintable(error));
            QVERIFY(LabJobs::apply(node, *op, *preview, QStringLiteral("lab")).outcome ==
                    ApplyResult::Outcome::Applied);
            QVERIFY(settled());
            const auto state = LabJobs::clusterState(node, 60000, &error);
            QVERIFY2(state, qPrintable(error));
            QCOMPARE(state->node(QStringLiteral("node2"))->standby, qstrcmp(action, "standby") == 0);
        }
    }

    void manageMaintenanceAndExpiredBans()
    {
        ssh::SshConnection node({QStringLiteral("node1"), LabFixture::sshConfig()});
        QString error;
        const auto run = [&](const std::optional<ClusterOperation>& op) { applyAndSettle(node, op, error); };
        const auto state = [&] { return *LabJobs::clusterState(node, 60000, &error); };

        run(ClusterOperation::forResource(QStringLiteral("unmanage"), QStringLiteral("api"), {}, {}, &error));
        QVERIFY(!state().resource(QStringLiteral("api"))->managed);
        run(ClusterOperation::forResource(QStringLiteral("manage"), QStringLiteral("api"), {}, {}, &error));
        QVERIFY(state().resource(QStringLiteral("api"))->managed);

        run(ClusterOperation::forCluster(QStringLiteral("maintenance"), &error));
        QCOMPARE(state().properties.value(QStringLiteral("maintenance-mode")), QStringLiteral("true"));
        run(ClusterOperation::forCluster(QStringLiteral("ready"), &error));
        QCOMPARE(state().properties.value(QStringLiteral("maintenance-mode")), QStringLiteral("false"));

        // A ban whose lifetime ran out is removed by clear-expired; a live one stays.
        LabFixture::run({QStringLiteral("exec"), QStringLiteral("node1"), QStringLiteral("cibadmin"), QStringLiteral("--create"),
                         QStringLiteral("--scope"), QStringLiteral("constraints"), QStringLiteral("--xml-text"),
                         QStringLiteral("<rsc_location id=\"cli-ban-web-clone-on-node9\" rsc=\"web-clone\" role=\"Started\">"
                                        "<rule id=\"cli-ban-web-clone-on-node9-rule\" score=\"-INFINITY\" boolean-op=\"and\">"
                                        "<expression id=\"cli-ban-web-clone-on-node9-expr\" attribute=\"#uname\" operation=\"eq\" value=\"node9\" type=\"string\"/>"
                                        "<date_expression id=\"cli-ban-web-clone-on-node9-lifetime\" operation=\"lt\" end=\"2020-01-01 00:00:00Z\"/>"
                                        "</rule></rsc_location>")});
        run(ClusterOperation::forResource(QStringLiteral("ban"), QStringLiteral("api"), QStringLiteral("node3"),
                                          QStringLiteral("PT1H"), &error));
        run(ClusterOperation::forCluster(QStringLiteral("clear-expired"), &error));
        QStringList left;
        const ClusterState afterClear = state();
        for (const Constraint& c : afterClear.constraints) {
            if (c.isFromMoveOrBan())
                left << c.id;
        }
        QCOMPARE(left, QStringList{QStringLiteral("cli-ban-api-on-node3")});
        run(ClusterOperation::forResource(QStringLiteral("clear"), QStringLiteral("api"), {}, {}, &error));
    }

    void constraintsAreAddedAndRemoved()
    {
        ssh::SshConnection node({QStringLiteral("node1"), LabFixture::sshConfig()});
        QString error;
        const auto apply = [&](const std::optional<ClusterOperation>& op) { applyAndSettle(node, op, error); };
        const auto ids = [&] {
            QStringList found;
            const auto state = LabJobs::clusterState(node, 60000, &error);
            for (const Constraint& c : state ? state->constraints : QList<Constraint>{})
                found << c.id;
            return found;
        };
        apply(ClusterOperation::addLocation(QStringLiteral("loc-test-web-node1"), QStringLiteral("web-clone"),
                                            QStringLiteral("node1"), QStringLiteral("10"), &error));
        apply(ClusterOperation::addOrder(QStringLiteral("ord-test-api-web"), QStringLiteral("api"),
                                         QStringLiteral("web-clone"), QStringLiteral("Optional"), &error));
        apply(ClusterOperation::addColocation(QStringLiteral("col-test-api-web"), QStringLiteral("api"),
                                              QStringLiteral("web-clone"), QStringLiteral("INFINITY"), &error));
        QVERIFY(ids().contains(QStringLiteral("loc-test-web-node1")));
        QVERIFY(ids().contains(QStringLiteral("ord-test-api-web")));
        QVERIFY(ids().contains(QStringLiteral("col-test-api-web")));
        for (const char* id : {"loc-test-web-node1", "ord-test-api-web", "col-test-api-web"})
            apply(ClusterOperation::removeConstraint(QLatin1String(id), &error));
        QVERIFY(!ids().contains(QStringLiteral("loc-test-web-node1")));
        QVERIFY(!ids().contains(QStringLiteral("col-test-api-web")));
        // Checked before anything is sent.
        QVERIFY(!ClusterOperation::addLocation(QStringLiteral("x"), QStringLiteral("api"), QStringLiteral("node1"),
                                               QStringLiteral("lots"), &error));
        QVERIFY(!ClusterOperation::removeConstraint(QStringLiteral("x'] | //*[@id='y"), &error));
        QVERIFY(!ClusterOperation::addOrder(QStringLiteral("o"), QStringLiteral("a"), QStringLiteral("b"),
                                            QStringLiteral("Sometimes"), &error));
    }

    void resourceCreatedFromMetadataThenDeleted()
    {
        ssh::SshConnection node({QStringLiteral("node1"), LabFixture::sshConfig()});
        QString error;
        const auto metadata = LabJobs::metadata(node, QStringLiteral("ocf:heartbeat:IPaddr2"), &error);
        QVERIFY2(metadata, qPrintable(error));
        QVERIFY(metadata->parameter(QStringLiteral("ip"))->required);
        // Missing the required address: refused before anything is sent.
        QVERIFY(!ClusterOperation::createPrimitive(QStringLiteral("vip-test"), *metadata, {}, &error));
        QVERIFY(error.contains(QLatin1String("'ip'")));

        const auto create = ClusterOperation::createPrimitive(
            QStringLiteral("vip-test"), *metadata,
            {{QStringLiteral("ip"), QStringLiteral("198.19.0.150")}, {QStringLiteral("cidr_netmask"), QStringLiteral("24")},
             {QStringLiteral("nic"), QStringLiteral("ext0")}},
            &error);
        QVERIFY2(create, qPrintable(error));
        auto preview = LabJobs::preview(node, *create, &error);
        QVERIFY2(preview, qPrintable(error));
        QVERIFY(std::any_of(preview->actions.cbegin(), preview->actions.cend(), [](const PlannedAction& a) {
            return a.action == u"start" && a.resource == u"vip-test";
        }));
        QVERIFY(LabJobs::apply(node, *create, *preview, QStringLiteral("lab")).outcome == ApplyResult::Outcome::Applied);
        QVERIFY(settled());
        QCOMPARE(activeOn(node, QStringLiteral("vip-test")).size(), 1);
        // The new address answers from the host.
        QProcess ping;
        ping.start(QStringLiteral("ping"), {QStringLiteral("-c"), QStringLiteral("1"), QStringLiteral("-W"),
                                            QStringLiteral("2"), QStringLiteral("198.19.0.150")});
        QVERIFY(ping.waitForFinished(10000));
        QCOMPARE(ping.exitCode(), 0);

        const auto remove = ClusterOperation::deleteResource(QStringLiteral("vip-test"), &error);
        preview = LabJobs::preview(node, *remove, &error);
        QVERIFY2(preview, qPrintable(error));
        QVERIFY(std::any_of(preview->actions.cbegin(), preview->actions.cend(),
                            [](const PlannedAction& a) { return a.action == u"stop" && a.resource == u"vip-test"; }));
        QVERIFY(LabJobs::apply(node, *remove, *preview, QStringLiteral("lab")).outcome == ApplyResult::Outcome::Applied);
        QVERIFY(settled());
        QCOMPARE(activeOn(node, QStringLiteral("vip-test")), QStringList{QStringLiteral("<no such resource>")});
    }

    // A job waiting on the cluster (crm_resource --wait while a start takes 8 s) is stopped:
    // the command is gone from the node, the job says it was cancelled, the change it waited
    // for goes on as Pacemaker runs it.
    void cancellingAJobStopsItsCommandOnTheNode()
    {
        ssh::SshConnection node({QStringLiteral("node1"), LabFixture::sshConfig()});
        QString error;
        const auto dummy = LabJobs::metadata(node, QStringLiteral("ocf:pacemaker:Dummy"), &error);
        QVERIFY2(dummy, qPrintable(error));
        const auto create = ClusterOperation::createPrimitive(QStringLiteral("slow-start"), *dummy,
                                                              {{QStringLiteral("op_sleep"), QStringLiteral("8")}}, &error);
        QVERIFY2(create, qPrintable(error));
        const auto preview = LabJobs::preview(node, *create, &error);
        QVERIFY2(preview, qPrintable(error));
        QVERIFY(LabJobs::apply(node, *create, *preview, QStringLiteral("lab")).outcome == ApplyResult::Outcome::Applied);

        jobs::Job wait(QStringLiteral("wait for the cluster"), QStringLiteral("lab"));
        wait.addStep({QStringLiteral("crm_resource --wait"), QStringLiteral("node1"), false,
                      [&node](jobs::StepContext& step) {
                          step.run(&node,
                                   {QStringLiteral("crm_resource"), QStringLiteral("--wait"),
                                    QStringLiteral("--timeout=300s")},
                                   {}, [step](ssh::SshJob& job) mutable {
                                       job.succeeded() ? step.succeed() : step.fail(job.failureText());
                                   });
                      },
                      {}});
        QSignalSpy finished(&wait, &jobs::Job::finished);
        wait.start();
        const auto waitsOnNode = [] {
            int code = 0;
            LabFixture::run({QStringLiteral("exec"), QStringLiteral("node1"), QStringLiteral("pgrep"), QStringLiteral("-f"),
                             QStringLiteral("crm_resource --wait --timeout=300s")},
                            &code);
            return code == 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(waitsOnNode(), 10000);
        QCOMPARE(wait.state(), jobs::JobState::Running);
        wait.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(wait.state(), jobs::JobState::Cancelled);
        QCOMPARE(wait.steps().constFirst().state, jobs::StepState::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(!waitsOnNode(), 10000);

        QVERIFY(settled());
        QCOMPARE(activeOn(node, QStringLiteral("slow-start")).size(), 1);
        const auto remove = ClusterOperation::deleteResource(QStringLiteral("slow-start"), &error);
        const auto removal = LabJobs::preview(node, *remove, &error);
        QVERIFY2(removal, qPrintable(error));
        QVERIFY(LabJobs::apply(node, *remove, *removal, QStringLiteral("lab")).outcome == ApplyResult::Outcome::Applied);
        QVERIFY(settled());
    }

    void groupCloneAndBackAgain()
    {
        ssh::SshConnection node({QStringLiteral("node1"), LabFixture::sshConfig()});
        QString error;
        const auto apply = [&](const std::optional<ClusterOperation>& op) { applyAndSettle(node, op, error); };
        const auto cib = [&] { return LabJobs::cib(node, &error).value_or(QByteArray()); };
        const auto state = [&] {
            auto live = LabJobs::clusterState(node, 60000, &error);
            return live ? *live : ClusterState{};
        };
        const auto dummy = LabJobs::metadata(node, QStringLiteral("ocf:pacemaker:Dummy"), &error);
        QVERIFY2(dummy, qPrintable(error));
        apply(ClusterOperation::createPrimitive(QStringLiteral("grp-a"), *dummy, {}, &error));
        apply(ClusterOperation::createPrimitive(QStringLiteral("grp-b"), *dummy, {}, &error));

        apply(ClusterOperation::group(cib(), QStringLiteral("grp"), {QStringLiteral("grp-a"), QStringLiteral("grp-b")},
                                      &error));
        ClusterState now = state();
        QCOMPARE(now.resource(QStringLiteral("grp"))->kind, ResourceKind::Group);
        QCOMPARE(now.resource(QStringLiteral("grp"))->children, (QStringList{QStringLiteral("grp-a"), QStringLiteral("grp-b")}));
        QCOMPARE(now.resource(QStringLiteral("grp"))->activeOn.size(), 1); // a group runs together

        const auto cloned = ClusterOperation::clone(cib(), QStringLiteral("grp"), {}, false, &error);
        QVERIFY2(cloned, qPrintable(error));
        const auto preview = LabJobs::preview(node, *cloned, &error);
        QVERIFY2(preview, qPrintable(error));
        QVERIFY(std::any_of(preview->actions.cbegin(), preview->actions.cend(),
                            [](const PlannedAction& a) { return a.action == u"start" && a.resource.startsWith(u"grp-a"); }));
        QVERIFY(LabJobs::apply(node, *cloned, *preview, QStringLiteral("lab")).outcome ==
                ApplyResult::Outcome::Applied);
        QVERIFY(settled());
        now = state();
        QCOMPARE(now.resource(QStringLiteral("grp-clone"))->kind, ResourceKind::Clone);
        QCOMPARE(now.resource(QStringLiteral("grp-a"))->activeOn,
                 (QStringList{QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")}));

        // A change prepared on an older configuration is refused at the preview.
        const auto stale = ClusterOperation::unclone(cib(), QStringLiteral("grp-clone"), &error);
        QVERIFY2(stale, qPrintable(error));
        apply(ClusterOperation::setResourceAttribute(QStringLiteral("grp-a"), QStringLiteral("fake"),
                                                     QStringLiteral("1"), false, &error));
        QVERIFY(!LabJobs::preview(node, *stale, &error));
        QVERIFY2(error.contains(QLatin1String("prepare it again")), qPrintable(error));
        QCOMPARE(state().resource(QStringLiteral("grp-a"))->instanceAttributes.value(QStringLiteral("fake")),
                 QStringLiteral("1"));

        apply(ClusterOperation::unclone(cib(), QStringLiteral("grp-clone"), &error));
        apply(ClusterOperation::ungroup(cib(), QStringLiteral("grp"), &error));
        now = state();
        QVERIFY(!now.resource(QStringLiteral("grp-clone")));
        QVERIFY(!now.resource(QStringLiteral("grp")));
        QVERIFY(now.resource(QStringLiteral("grp-a"))->parent.isEmpty());
        QCOMPARE(now.resource(QStringLiteral("grp-a"))->activeOn.size(), 1);
        // The rest of the configuration went through untouched.
        QCOMPARE(now.resource(QStringLiteral("vip-int"))->instanceAttributes.value(QStringLiteral("nic")),
                 QStringLiteral("int0"));
        QCOMPARE(now.resource(QStringLiteral("web-clone"))->kind, ResourceKind::Clone);

        // Edited in place: the score changes, the constraint stays.
        apply(ClusterOperation::addColocation(QStringLiteral("col-grp"), QStringLiteral("grp-a"),
                                              QStringLiteral("grp-b"), QStringLiteral("INFINITY"), &error));
        const auto constraint = [&](const ClusterState& s) {
            for (const Constraint& c : s.constraints) {
                if (c.id == u"col-grp")
                    return c;
            }
            return Constraint{};
        };
        apply(ClusterOperation::editConstraint(constraint(state()), {{QStringLiteral("score"), QStringLiteral("200")}},
                                               &error));
        QCOMPARE(constraint(state()).attributes.value(QStringLiteral("score")), QStringLiteral("200"));
        QVERIFY(!ClusterOperation::editConstraint(constraint(state()), {{QStringLiteral("node"), QStringLiteral("node1")}},
                                                  &error)); // not a colocation's attribute
        apply(ClusterOperation::removeConstraint(QStringLiteral("col-grp"), &error));
        apply(ClusterOperation::deleteResource(QStringLiteral("grp-a"), &error));
        apply(ClusterOperation::deleteResource(QStringLiteral("grp-b"), &error));
    }

    void badInputNeverReachesTheCluster()
    {
        QString error;
        QVERIFY(!ClusterOperation::forResource(QStringLiteral("move"), QStringLiteral("vip;reboot"), {}, {}, &error));
        QVERIFY(!ClusterOperation::forResource(QStringLiteral("move"), QStringLiteral("vip-ext"),
                                               QStringLiteral("node1 --force"), {}, &error));
        QVERIFY(!ClusterOperation::forResource(QStringLiteral("ban"), QStringLiteral("api"), QStringLiteral("node1"),
                                               QStringLiteral("1 hour"), &error));
        QVERIFY(!ClusterOperation::forResource(QStringLiteral("ban"), QStringLiteral("api"), {}, {}, &error));
        QVERIFY(!ClusterOperation::forNode(QStringLiteral("reboot"), QStringLiteral("node1"), &error));
        QVERIFY(ClusterOperation::isValidLifetime(QStringLiteral("PT1H30M")));
        QVERIFY(ClusterOperation::isValidLifetime(QStringLiteral("P1D")));
        QVERIFY(!ClusterOperation::isValidLifetime(QStringLiteral("P")));
        QVERIFY(!ClusterOperation::isValidLifetime(QStringLiteral("PT")));
    }
};

QTEST_GUILESS_MAIN(TestClusterOperations)
#include "tst_clusteroperations.moc"
