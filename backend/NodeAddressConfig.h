#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hadesk {

// How the console logs in to nodes the operator added by address.
struct NodeLogin
{
    enum class Auth
    {
        AgentOrDefaultKeys, // what plain ssh tries: the agent, ~/.ssh/id_*, then passwords
        KeyFile,            // this private key (the agent's keys are still offered)
        Password,           // no public keys at all: password or keyboard-interactive prompts
    };

    QString user; // empty: the user's ~/.ssh/config or the local user name decides
    int port = 22;
    Auth auth = Auth::AgentOrDefaultKeys;
    QString keyFile; // with Auth::KeyFile
};

// The OpenSSH client configuration through which the console reaches nodes given by address (or
// by an alias of ~/.ssh/config): one Host block per node with the chosen login, then the user's
// own ~/.ssh/config for everything it does not say (an alias's HostName, ProxyJump, ...). Every
// value written is checked first, so nothing typed can add an option of its own.
class NodeAddressConfig
{
    Q_DECLARE_TR_FUNCTIONS(hadesk::NodeAddressConfig)

public:
    // Addresses separated by spaces, commas or new lines.
    static QStringList split(const QString& text);
    // What is wrong with them, in words; empty when the configuration can be written.
    static QString problem(const QStringList& addresses, const NodeLogin& login);
    static QString text(const QStringList& addresses, const NodeLogin& login);

    static bool isValidAddress(const QString& address);
    static bool isValidUser(const QString& user);
};

} // namespace hadesk
