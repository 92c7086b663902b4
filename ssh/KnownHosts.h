#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace hadesk::ssh {

// A host's public key as the server presented it.
struct HostKey
{
    QString type;    // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", ...
    QByteArray blob; // the key in SSH wire format (the base64-decoded known_hosts field)

    // "SHA256:..." as ssh-keygen -l and OpenSSH's prompts show it.
    QString sha256Fingerprint() const;
};

// An OpenSSH known_hosts file: plain and hashed (|1|salt|hash) host fields, patterns with * ? !,
// [host]:port, and @revoked markers. Lines it cannot read are skipped, as ssh does.
class KnownHostsFile
{
    Q_DECLARE_TR_FUNCTIONS(hadesk::ssh::KnownHostsFile)

public:
    enum class Verdict
    {
        Known,   // an entry for this host holds exactly this key
        Unknown, // no entry names this host
        Changed, // entries name this host, none with this key: refuse (the line says which)
        Revoked, // the key is marked @revoked
    };

    struct Result
    {
        Verdict verdict = Verdict::Unknown;
        int line = 0;       // the entry that decided a Known, Changed or Revoked verdict
        QString knownType;  // key type recorded on that line
        QString path;
        // For the user: what happened, naming the file and line.
        QString message(const QString& host, const HostKey& key) const;
    };

    static KnownHostsFile parse(const QByteArray& text, const QString& path);
    static KnownHostsFile load(const QString& path); // a missing file is an empty one

    Result check(const QString& host, int port, const HostKey& key) const;
    int entryCount() const { return int(m_entries.size()); }

    // The name a host is filed under: "host", or "[host]:port" off port 22.
    static QString lookupName(const QString& host, int port);
    // Whether one host field (comma-separated patterns, or a |1| hash) names lookupName. Patterns
    // ignore case, hashes cannot: like ssh, callers pass host names lowercased.
    static bool fieldMatches(const QString& field, const QString& lookupName);
    // Appends "host keytype base64" (the trust-on-first-use answer), creating the file if needed.
    static bool append(const QString& path, const QString& host, int port, const HostKey& key,
                       QString* error);

private:
    struct Entry
    {
        int line = 0;
        bool revoked = false;
        QString hosts;
        QString keyType;
        QByteArray keyBlob;
    };
    QString m_path;
    QList<Entry> m_entries;
};

} // namespace hadesk::ssh
