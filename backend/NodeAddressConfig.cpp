#include "backend/NodeAddressConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace hadesk {
namespace {

// A host name, an IPv4 or IPv6 address or an ssh_config alias, and nothing ssh_config would read
// as a pattern (* ? !), a second word or an option.
const QRegularExpression kAddress(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._:%\\-]*$"));
// POSIX portable user names, as useradd accepts them.
const QRegularExpression kUser(QStringLiteral("^[A-Za-z_][A-Za-z0-9._\\-]*\\$?$"));

QString expandedKeyFile(const QString& path)
{
    return path.startsWith(QLatin1String("~/")) ? QDir::homePath() + path.mid(1) : path;
}

} // namespace

QStringList NodeAddressConfig::split(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool NodeAddressConfig::isValidAddress(const QString& address)
{
    return address.size() <= 253 && kAddress.match(address).hasMatch();
}

bool NodeAddressConfig::isValidUser(const QString& user)
{
    return user.size() <= 32 && kUser.match(user).hasMatch();
}

QString NodeAddressConfig::problem(const QStringList& addresses, const NodeLogin& login)
{
    if (addresses.isEmpty())
        return tr("Name at least one node.");
    QStringList seen;
    for (const QString& address : addresses) {
        if (!isValidAddress(address))
            return tr("'%1' is not a host name, an address or an SSH alias.").arg(address);
        if (seen.contains(address))
            return tr("%1 is named twice.").arg(address);
        seen << address;
    }
    if (!login.user.isEmpty() && !isValidUser(login.user))
        return tr("'%1' is not a valid user name.").arg(login.user);
    if (login.port < 1 || login.port > 65535)
        return tr("%1 is not a port number.").arg(login.port);
    if (login.auth == NodeLogin::Auth::KeyFile) {
        const QString path = expandedKeyFile(login.keyFile);
        if (path.isEmpty())
            return tr("Choose the private key file.");
        // ssh_config would read a quote as the end of the value and % as a token.
        static const QRegularExpression unsafe(QStringLiteral("[\"%\\n\\r]"));
        if (path.contains(unsafe))
            return tr("The key file's path cannot contain quotes, '%' or line breaks.");
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable())
            return tr("Cannot read the key file %1.").arg(path);
    }
    return {};
}

QString NodeAddressConfig::text(const QStringList& addresses, const NodeLogin& login)
{
    QString config = QStringLiteral("# Written by HAdesk for nodes added by address.\n");
    for (const QString& address : addresses) {
        config += QStringLiteral("\nHost %1\n").arg(address);
        if (!login.user.isEmpty())
            config += QStringLiteral("    User %1\n").arg(login.user);
        if (login.port != 22)
            config += QStringLiteral("    Port %1\n").arg(login.port);
        switch (login.auth) {
        case NodeLogin::Auth::AgentOrDefaultKeys:
            break;
        case NodeLogin::Auth::KeyFile:
            config += QStringLiteral("    IdentityFile \"%1\"\n").arg(expandedKeyFile(login.keyFile));
            break;
        case NodeLogin::Auth::Password:
            config += QStringLiteral("    PubkeyAuthentication no\n");
            break;
        }
    }
    // ssh takes the first value it finds, so the lines above win over the user's own.
    config += QStringLiteral("\nHost *\n    Include ~/.ssh/config\n");
    return config;
}

} // namespace hadesk
