#include "ssh/KnownHosts.h"

#include "ssh/Glob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>

namespace hadesk::ssh {

QString HostKey::sha256Fingerprint() const
{
    const QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256);
    return QLatin1String("SHA256:") +
           QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

QString KnownHostsFile::lookupName(const QString& host, int port)
{
    return port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

bool KnownHostsFile::fieldMatches(const QString& field, const QString& name)
{
    if (field.startsWith(QLatin1String("|1|"))) {
        const QStringList parts = field.split(u'|');
        if (parts.size() != 4)
            return false;
        const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
        const QByteArray hash = QByteArray::fromBase64(parts.at(3).toLatin1());
        return !salt.isEmpty() &&
               QMessageAuthenticationCode::hash(name.toUtf8(), salt,
                                                QCryptographicHash::Sha1) == hash;
    }
    return patternListMatches(field.split(u','), name, Qt::CaseInsensitive);
}

KnownHostsFile KnownHostsFile::parse(const QByteArray& text, const QString& path)
{
    KnownHostsFile file;
    file.m_path = path;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QList<QByteArray> fields = line.simplified().split(' ');
        Entry entry;
        entry.line = i + 1;
        if (fields.first().startsWith('@')) {
            const QByteArray marker = fields.takeFirst();
            if (marker == "@cert-authority")
                continue; // certificates are not offered by HAdesk's host key algorithms
            if (marker != "@revoked")
                continue;
            entry.revoked = true;
        }
        if (fields.size() < 3)
            continue;
        entry.hosts = QString::fromUtf8(fields.at(0));
        entry.keyType = QString::fromLatin1(fields.at(1));
        const auto decoded = QByteArray::fromBase64Encoding(fields.at(2),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            continue;
        entry.keyBlob = decoded.decoded;
        file.m_entries.append(entry);
    }
    return file;
}

KnownHostsFile KnownHostsFile::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return parse({}, path);
    return parse(file.readAll(), path);
}

KnownHostsFile::Result KnownHostsFile::check(const QString& host, int port, const HostKey& key) const
{
    const QString name = lookupName(host, port);
    Result result;
    result.path = m_path;
    const auto decide = [&](Verdict verdict, const Entry& entry) {
        result.verdict = verdict;
        result.line = entry.line;
        result.knownType = entry.keyType;
        return result;
    };
    QList<const Entry*> named;
    for (const Entry& entry : m_entries) {
        if (fieldMatches(entry.hosts, name))
            named << &entry;
    }
    // As in ssh: a revocation wins over everything, then any entry holding exactly this key.
    for (const Entry* entry : std::as_const(named)) {
        if (entry->revoked && entry->keyType == key.type && entry->keyBlob == key.blob)
            return decide(Verdict::Revoked, *entry);
    }
    for (const Entry* entry : std::as_const(named)) {
        if (!entry->revoked && entry->keyType == key.type && entry->keyBlob == key.blob)
            return decide(Verdict::Known, *entry);
    }
    // Named with other keys: a changed key if one is of this type, else a mismatched type; both
    // refuse. The message points at an entry of the same type when there is one.
    const Entry* differing = nullptr;
    for (const Entry* entry : std::as_const(named)) {
        if (entry->revoked)
            continue;
        if (!differing || (differing->keyType != key.type && entry->keyType == key.type))
            differing = entry;
    }
    if (differing)
        return decide(Verdict::Changed, *differing);
    return result;
}

QString KnownHostsFile::Result::message(const QString& host, const HostKey& key) const
{
    switch (verdict) {
    case Verdict::Known:
        return tr("The host key of %1 is known (%2, line %3).").arg(host, path).arg(line);
    case Verdict::Unknown:
        return tr("The authenticity of %1 cannot be established: it is not in %2. Its %3 key has "
                  "the fingerprint %4.")
            .arg(host, path, key.type, key.sha256Fingerprint());
    case Verdict::Changed:
        return tr("HOST KEY MISMATCH for %1: it presented a %2 key with fingerprint %3, but %4 "
                  "line %5 records a different %6 key. Someone could be intercepting the "
                  "connection, or the host was reinstalled. Refusing to connect; if the change is "
                  "expected, remove line %5 from %4.")
            .arg(host, key.type, key.sha256Fingerprint(), path)
            .arg(line)
            .arg(knownType);
    case Verdict::Revoked:
        return tr("The %1 key of %2 is marked @revoked in %3 line %4. Refusing to connect.")
            .arg(key.type, host, path)
            .arg(line);
    }
    return {};
}

bool KnownHostsFile::append(const QString& path, const QString& host, int port, const HostKey& key,
                            QString* error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // A file that does not end in a newline must not glue our entry to its last line.
    if (QFileInfo(path).isFile() && file.size() > 0) {
        QFile reader(path);
        if (reader.open(QIODevice::ReadOnly) && reader.seek(reader.size() - 1) &&
            reader.read(1) != "\n")
            file.write("\n");
    }
    const QByteArray line = lookupName(host, port).toUtf8() + ' ' + key.type.toLatin1() + ' ' +
                            key.blob.toBase64() + '\n';
    if (file.write(line) != line.size() || !file.flush()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace hadesk::ssh
