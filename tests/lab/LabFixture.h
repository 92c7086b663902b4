#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Reaching the lab from C++ tests: labctl's commands, run and waited for.
namespace LabFixture {

inline QString labctl()
{
    return QStringLiteral(HADESK_SOURCE_DIR "/tests/lab/labctl");
}

inline QByteArray run(const QStringList& args, int* exitCode = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(labctl(), args);
    process.waitForFinished(180000);
    if (exitCode)
        *exitCode = process.exitCode();
    return process.readAll();
}

inline QString sshConfig()
{
    return QString::fromUtf8(run({QStringLiteral("ssh-config")}).trimmed());
}

inline QString knownHosts()
{
    return sshConfig().section(u'/', 0, -2) + QLatin1String("/known_hosts");
}

} // namespace LabFixture
