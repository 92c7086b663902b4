#include "ssh/SshConfigFile.h"

#include "ssh/Glob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace hadesk::ssh {
namespace {

constexpr int kMaxIncludeDepth = 16;

struct Option
{
    QString key; // lower case, as keywords are case-insensitive
    QStringList args;
};

struct Block
{
    enum class Kind { Global, Host, Match } kind = Kind::Global;
    QStringList patterns;
    QList<Option> options;
};

// Splits "Keyword value", "Keyword=value" and quoted arguments the way ssh's own reader does.
bool splitLine(const QString& line, QString* keyword, QStringList* args)
{
    QString current;
    bool inQuotes = false;
    bool haveToken = false;
    QStringList tokens;
    for (const QChar c : line) {
        if (c == u'"') {
            inQuotes = !inQuotes;
            haveToken = true;
        } else if (!inQuotes && (c.isSpace() || (c == u'=' && tokens.isEmpty()))) {
            if (haveToken) {
                tokens << current;
                current.clear();
                haveToken = false;
            }
        } else {
            current += c;
            haveToken = true;
        }
    }
    if (inQuotes)
        return false;
    if (haveToken)
        tokens << current;
    if (tokens.isEmpty())
        return false;
    *keyword = tokens.takeFirst().toLower();
    *args = tokens;
    return true;
}

class Reader
{
public:
    QList<Block> blocks{Block{}};
    QStringList aliases;
    QString error;

    void readText(const QString& text, const QString& origin, int depth)
    {
        const QStringList lines = text.split(u'\n');
        for (int i = 0; i < lines.size() && error.isEmpty(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            QString keyword;
            QStringList args;
            const QString where = QStringLiteral("%1:%2").arg(origin).arg(i + 1);
            if (!splitLine(line, &keyword, &args)) {
                error = SshConfigFile::tr("%1: unbalanced quotes").arg(where);
                return;
            }
            if (args.isEmpty()) {
                error = SshConfigFile::tr("%1: '%2' needs a value").arg(where, keyword);
                return;
            }
            if (keyword == u"host") {
                blocks.append(Block{Block::Kind::Host, args, {}});
                for (const QString& pattern : std::as_const(args)) {
                    const bool concrete = !pattern.contains(u'*') && !pattern.contains(u'?') &&
                                          !pattern.startsWith(u'!');
                    if (concrete && !aliases.contains(pattern))
                        aliases << pattern;
                }
            } else if (keyword == u"match") {
                blocks.append(Block{Block::Kind::Match, args, {}});
            } else if (keyword == u"include") {
                include(args, depth);
            } else {
                blocks.last().options.append(Option{keyword, args});
            }
        }
    }

private:
    void include(const QStringList& args, int depth)
    {
        if (depth >= kMaxIncludeDepth) {
            error = SshConfigFile::tr("Include nested more than %1 deep").arg(kMaxIncludeDepth);
            return;
        }
        for (const QString& arg : args) {
            // As in ssh: a relative Include of a user configuration is relative to ~/.ssh.
            QString path = arg;
            if (path.startsWith(u"~/"))
                path = QDir::homePath() + path.mid(1);
            else if (QFileInfo(path).isRelative())
                path = QDir::homePath() + QLatin1String("/.ssh/") + path;
            const QFileInfo info(path);
            const QDir dir = info.absoluteDir();
            // A missing included file is not an error for ssh either.
            const QStringList names =
                dir.entryList({info.fileName()}, QDir::Files | QDir::Readable, QDir::Name);
            for (const QString& name : names) {
                QFile file(dir.filePath(name));
                if (file.open(QIODevice::ReadOnly))
                    readText(QString::fromUtf8(file.readAll()), file.fileName(),
                             depth + 1);
            }
        }
    }
};

SshHostEntry evaluate(const QList<Block>& blocks, const QString& alias, QString* error)
{
    QHash<QString, QStringList> first;
    QStringList identityFiles;
    for (const Block& block : blocks) {
        if (block.kind == Block::Kind::Match)
            continue;
        if (block.kind == Block::Kind::Host && !SshConfigFile::hostMatches(block.patterns, alias))
            continue;
        for (const Option& option : block.options) {
            if (option.key == u"identityfile")
                identityFiles << option.args;
            else if (!first.contains(option.key))
                first.insert(option.key, option.args);
        }
    }
    SshHostEntry entry;
    entry.alias = alias;
    entry.hostName = first.value(QStringLiteral("hostname"), {alias}).constFirst();
    entry.hostName.replace(QLatin1String("%h"), alias).replace(QLatin1String("%%"), QLatin1String("%"));
    entry.user = first.value(QStringLiteral("user")).value(0);
    entry.identityFiles = identityFiles;
    entry.knownHostsFiles = first.value(QStringLiteral("userknownhostsfile"));
    entry.globalKnownHostsFiles = first.value(QStringLiteral("globalknownhostsfile"));
    entry.hostKeyAlias = first.value(QStringLiteral("hostkeyalias")).value(0);
    if (first.contains(QStringLiteral("port"))) {
        bool ok = false;
        const int port = first.value(QStringLiteral("port")).constFirst().toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            *error = SshConfigFile::tr("host %1: invalid port '%2'")
                         .arg(alias, first.value(QStringLiteral("port")).constFirst());
        else
            entry.port = port;
    }
    if (first.contains(QStringLiteral("connecttimeout"))) {
        bool ok = false;
        const QString value = first.value(QStringLiteral("connecttimeout")).constFirst();
        const int seconds = value.toInt(&ok);
        if (!ok || seconds < 0)
            *error = SshConfigFile::tr("host %1: invalid ConnectTimeout '%2'").arg(alias, value);
        else
            entry.connectTimeoutSeconds = seconds;
    }
    return entry;
}

} // namespace

bool SshConfigFile::hostMatches(const QStringList& patterns, const QString& host)
{
    // Case-sensitive, as in ssh: "Host NODE1" does not apply to node1.
    return patternListMatches(patterns, host, Qt::CaseSensitive);
}

SshConfigParseResult SshConfigFile::parseText(const QString& text, const QString& origin)
{
    Reader reader;
    reader.readText(text, origin, 0);
    SshConfigParseResult result;
    result.error = reader.error;
    for (const QString& alias : std::as_const(reader.aliases)) {
        if (!result.error.isEmpty())
            break;
        result.hosts << evaluate(reader.blocks, alias, &result.error);
    }
    if (!result.ok())
        result.hosts.clear();
    return result;
}

SshHostEntry SshConfigFile::resolve(const QString& path, const QString& host, QString* error)
{
    Reader reader;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        reader.readText(QString::fromUtf8(file.readAll()), path, 0);
    if (!reader.error.isEmpty()) {
        *error = reader.error;
        return {};
    }
    return evaluate(reader.blocks, host, error);
}

SshConfigParseResult SshConfigFile::parse(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        SshConfigParseResult result;
        result.error = SshConfigFile::tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    return parseText(QString::fromUtf8(file.readAll()), path);
}

} // namespace hadesk::ssh
