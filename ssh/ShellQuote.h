#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hadesk::ssh {

// The one place where an argument list becomes a remote shell command line. SSH carries a single
// string that the remote login shell splits again; every argument is single-quoted (POSIX sh), so
// it arrives byte for byte, whatever quotes, spaces, $(), newlines or non-ASCII it holds.
class ShellQuote
{
public:
    static QByteArray quote(const QString& argument);
    static QByteArray join(const QStringList& argv);
};

} // namespace hadesk::ssh
