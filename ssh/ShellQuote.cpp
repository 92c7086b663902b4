#include "ssh/ShellQuote.h"

namespace hadesk::ssh {
namespace {

bool isPlain(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return false;
    for (const char c : bytes) {
        const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                          c == '_' || c == '-' || c == '.' || c == '/' || c == ':' || c == ',' ||
                          c == '+' || c == '@' || c == '%';
        if (!safe)
            return false;
    }
    return true;
}

} // namespace

QByteArray ShellQuote::quote(const QString& argument)
{
    const QByteArray bytes = argument.toUtf8();
    // Plain words stay readable in logs. '=' is not plain: "a=b" first on a line is an assignment.
    if (isPlain(bytes))
        return bytes;
    QByteArray quoted;
    quoted.reserve(bytes.size() + 2);
    quoted += '\'';
    for (const char c : bytes) {
        if (c == '\'')
            quoted += "'\\''";
        else
            quoted += c;
    }
    quoted += '\'';
    return quoted;
}

QByteArray ShellQuote::join(const QStringList& argv)
{
    QByteArray line;
    for (const QString& argument : argv) {
        if (!line.isEmpty())
            line += ' ';
        line += quote(argument);
    }
    return line;
}

} // namespace hadesk::ssh
