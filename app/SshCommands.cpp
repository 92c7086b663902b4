#include "app/SshCommands.h"

#include "app/BenchArgs.h"
#include "app/RunJob.h"

#include "app/TerminalPrompter.h"
#include "ssh/SshConnection.h"
#include "ssh/SshJob.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <limits>
#include <cstdio>

namespace hadesk {
namespace {

constexpr int kCouldNotRun = 255; // what ssh exits with when the command did not run

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

struct Stats
{
    double medianMs = 0;
    double p95Ms = 0;
    int samples = 0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("median_ms"), medianMs},
                {QStringLiteral("p95_ms"), p95Ms},
                {QStringLiteral("n"), samples}};
    }
};

Stats statsOf(const QList<double>& samples)
{
    return {percentile(samples, 50), percentile(samples, 95), int(samples.size())};
}

bool waitConnected(ssh::SshConnection& connection, QString* error)
{
    ssh::SshJob* probe = connection.run({QStringLiteral("true")});
    if (!waitFor(*probe, 60000) || !probe->succeeded()) {
        *error = probe->errorString().isEmpty() ? QStringLiteral("could not run 'true'") : probe->errorString();
        return false;
    }
    delete probe;
    return true;
}

QStringList sshArgs(const SshCommandOptions& options)
{
    QStringList args{QStringLiteral("-o"), QStringLiteral("BatchMode=yes")};
    if (!options.sshConfig.isEmpty())
        args << QStringLiteral("-F") << options.sshConfig;
    return args;
}

// Wall time of one ssh process run to its end, in ms; negative if it failed.
double timeProcess(const QStringList& args)
{
    QElapsedTimer clock;
    QProcess ssh;
    ssh.setStandardInputFile(QProcess::nullDevice());
    clock.start();
    ssh.start(QStringLiteral("ssh"), args);
    if (!ssh.waitForFinished(30000) || ssh.exitCode() != 0)
        return -1;
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

int runExec(const SshCommandOptions& options, const QStringList& args)
{
    QStringList argv = args.mid(1);
    if (argv.value(0) == u"--")
        argv.removeFirst();
    if (args.isEmpty() || argv.isEmpty()) {
        err() << "usage: hadeskctl [--ssh-config FILE] [--accept-new] exec HOST -- CMD [ARGS...]" << Qt::endl;
        return 2;
    }
    ssh::SshConnection connection({args.at(0), options.sshConfig});
    TerminalPrompter prompter(&connection, options.acceptNew);
    ssh::JobOptions jobOptions;
    jobOptions.keepOutput = false;
    jobOptions.timeoutMs = options.timeoutMs;
    ssh::SshJob* job = connection.run(argv, jobOptions);
    QObject::connect(job, &ssh::SshJob::stdoutData, job, [](const QByteArray& data) {
        fwrite(data.constData(), 1, size_t(data.size()), stdout);
        fflush(stdout);
    });
    QObject::connect(job, &ssh::SshJob::stderrData, job, [](const QByteArray& data) {
        fwrite(data.constData(), 1, size_t(data.size()), stderr);
        fflush(stderr);
    });
    waitFor(*job, std::numeric_limits<int>::max());
    if (!job->errorString().isEmpty()) {
        err() << "hadeskctl: " << args.at(0) << ": " << job->errorString() << Qt::endl;
        return kCouldNotRun;
    }
    return job->exitCode();
}

int runBenchSsh(const SshCommandOptions& options, const QStringList& args)
{
    const BenchArgs bench = BenchArgs::parse(args, 200);
    const QString& host = bench.target;
    const int rounds = bench.rounds;
    const bool json = bench.json;
    if (host.isEmpty()) {
        err() << "usage: hadeskctl [--ssh-config FILE] bench ssh HOST [-n N] [--json]" << Qt::endl;
        return 2;
    }

    ssh::SshConnection connection({host, options.sshConfig});
    TerminalPrompter prompter(&connection, options.acceptNew);
    QString error;
    if (!waitConnected(connection, &error)) {
        err() << "hadeskctl: " << host << ": " << error << Qt::endl;
        return 1;
    }
    QList<double> held;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer clock;
        clock.start();
        ssh::SshJob* job = connection.run({QStringLiteral("true")});
        if (!waitFor(*job, 30000) || !job->succeeded()) {
            err() << "hadeskctl: held session: " << job->errorString() << Qt::endl;
            return 1;
        }
        held << double(clock.nsecsElapsed()) / 1e6;
        delete job;
    }

    // 100 commands issued at once on the one connection.
    QElapsedTimer burstClock;
    burstClock.start();
    QList<ssh::SshJob*> burst;
    for (int i = 0; i < 100; ++i)
        burst << connection.run({QStringLiteral("true")});
    for (ssh::SshJob* job : std::as_const(burst)) {
        if (!waitFor(*job, 60000) || !job->succeeded()) {
            err() << "hadeskctl: burst: " << job->errorString() << Qt::endl;
            return 1;
        }
    }
    const double burstMs = double(burstClock.nsecsElapsed()) / 1e6;
    qDeleteAll(burst);

    // OpenSSH's own multiplexing: a ControlMaster, then one ssh client per command through it.
    QTemporaryDir dir;
    const QString controlPath = dir.filePath(QStringLiteral("cm"));
    QProcess master;
    master.setStandardInputFile(QProcess::nullDevice());
    master.start(QStringLiteral("ssh"), sshArgs(options) + QStringList{QStringLiteral("-M"), QStringLiteral("-N"),
                                                                       QStringLiteral("-S"), controlPath, host});
    const QStringList viaMaster = sshArgs(options) + QStringList{QStringLiteral("-S"), controlPath, host};
    QDeadlineTimer masterUp(15000);
    while (timeProcess(QStringList{QStringLiteral("-S"), controlPath, QStringLiteral("-O"),
                                   QStringLiteral("check")} + sshArgs(options) + QStringList{host}) < 0) {
        if (masterUp.hasExpired() || master.state() == QProcess::NotRunning) {
            err() << "hadeskctl: the OpenSSH ControlMaster did not start" << Qt::endl;
            return 1;
        }
        master.waitForFinished(100);
    }
    QList<double> mux;
    for (int i = 0; i < rounds; ++i)
        mux << timeProcess(viaMaster + QStringList{QStringLiteral("true")});
    timeProcess(QStringList{QStringLiteral("-S"), controlPath, QStringLiteral("-O"), QStringLiteral("exit")} +
                sshArgs(options) + QStringList{host});
    master.waitForFinished(5000);

    // A fresh ssh process per command (fewer rounds: each is a full handshake).
    QList<double> fresh;
    for (int i = 0; i < qMin(rounds, 30); ++i)
        fresh << timeProcess(sshArgs(options) + QStringList{QStringLiteral("-o"), QStringLiteral("ControlPath=none"),
                                                            host, QStringLiteral("true")});
    if (std::any_of(mux.cbegin(), mux.cend(), [](double ms) { return ms < 0; }) ||
        std::any_of(fresh.cbegin(), fresh.cend(), [](double ms) { return ms < 0; })) {
        err() << "hadeskctl: an OpenSSH run failed" << Qt::endl;
        return 1;
    }

    const Stats heldStats = statsOf(held), muxStats = statsOf(mux), freshStats = statsOf(fresh);
    QTextStream out(stdout);
    if (json) {
        const QJsonObject result{{QStringLiteral("held"), heldStats.toJson()},
                                 {QStringLiteral("openssh_mux"), muxStats.toJson()},
                                 {QStringLiteral("openssh_fresh"), freshStats.toJson()},
                                 {QStringLiteral("burst_100_ms"), burstMs}};
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    const auto line = [&out](const char* name, const Stats& stats) {
        out << QStringLiteral("%1 median %2 ms  p95 %3 ms  (n=%4)")
                   .arg(QLatin1String(name), -14)
                   .arg(stats.medianMs, 0, 'f', 2)
                   .arg(stats.p95Ms, 0, 'f', 2)
                   .arg(stats.samples)
            << Qt::endl;
    };
    line("held session", heldStats);
    line("openssh mux", muxStats);
    line("openssh fresh", freshStats);
    out << QStringLiteral("100 commands at once on the held session: %1 ms").arg(burstMs, 0, 'f', 1) << Qt::endl;
    out << QStringLiteral("held is %1x faster than OpenSSH mux, %2x faster than a fresh ssh")
               .arg(muxStats.medianMs / heldStats.medianMs, 0, 'f', 1)
               .arg(freshStats.medianMs / heldStats.medianMs, 0, 'f', 1)
        << Qt::endl;
    return 0;
}

} // namespace hadesk
