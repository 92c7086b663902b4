#pragma once

// A host connection for unit tests: replies to commands with output captured from the lab's real
// nodes (the fixtures), or holds a command until it is cancelled, and remembers what ran and
// what was cancelled.
#include "ssh/HostConnection.h"
#include "ssh/SshJob.h"

#include <QList>
#include <QPointer>
#include <QTimer>

#include <functional>

class FakeHost final : public hadesk::ssh::HostConnection
{
public:
    struct Reply
    {
        QByteArray stdoutData;
        QByteArray stderrData;
        int exitCode = 0;
        bool hang = false; // runs until cancelled
    };
    // The first rule whose test takes the command answers it; a command no rule takes exits 127.
    using Rule = std::function<std::optional<Reply>(const QStringList& argv, const QByteArray& stdinData)>;

    explicit FakeHost(QString host)
        : m_host(std::move(host))
    {
    }

    ~FakeHost() override
    {
        // As SshConnection: its jobs go first, unfinished, while cancelJob can still be called.
        m_closing = true;
        qDeleteAll(findChildren<hadesk::ssh::SshJob*>(Qt::FindDirectChildrenOnly));
    }

    // Commands whose words start with these answer so.
    void reply(const QStringList& prefix, const Reply& reply)
    {
        m_rules << [prefix, reply](const QStringList& argv, const QByteArray&) -> std::optional<Reply> {
            if (argv.mid(0, prefix.size()) == prefix)
                return reply;
            return std::nullopt;
        };
    }
    void rule(Rule rule) { m_rules << std::move(rule); }

    QString host() const override { return m_host; }
    QString user() const override { return QStringLiteral("root"); }

    hadesk::ssh::SshJob* run(const QStringList& argv, const hadesk::ssh::JobOptions& options = {}) override
    {
        const quint64 id = ++m_nextId;
        hadesk::ssh::SshJob* job = newJob(id, argv, options.keepOutput);
        ran << argv;
        Reply answer{{}, "command not found", 127, false};
        for (const Rule& rule : std::as_const(m_rules)) {
            if (const auto found = rule(argv, options.stdinData)) {
                answer = *found;
                break;
            }
        }
        m_running << Running{id, job};
        if (!answer.hang) {
            QTimer::singleShot(0, job, [this, job, answer] {
                if (!answer.stdoutData.isEmpty())
                    deliver(job, answer.stdoutData, false);
                if (!answer.stderrData.isEmpty())
                    deliver(job, answer.stderrData, true);
                end(job, answer.exitCode, {});
            });
        }
        return job;
    }

    int runningCount() const { return int(m_running.size()); }

    QList<QStringList> ran;
    QList<QStringList> cancelled;

protected:
    void cancelJob(quint64 id) override
    {
        if (m_closing)
            return;
        for (const Running& running : std::as_const(m_running)) {
            if (running.id == id && running.job) {
                cancelled << running.job->argv();
                // As the real one: the process group is killed, then finished() says so.
                QTimer::singleShot(0, running.job, [this, job = running.job] { end(job, -1, QStringLiteral("cancelled")); });
            }
        }
    }

private:
    struct Running
    {
        quint64 id;
        QPointer<hadesk::ssh::SshJob> job;
    };

    void end(hadesk::ssh::SshJob* job, int exitCode, const QString& error)
    {
        m_running.removeIf([job](const Running& r) { return r.job == job || !r.job; });
        complete(job, exitCode, error);
    }

    QString m_host;
    bool m_closing = false;
    quint64 m_nextId = 0;
    QList<Rule> m_rules;
    QList<Running> m_running;
};
