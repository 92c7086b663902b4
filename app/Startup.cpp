#include "app/Startup.h"

#include "app/Language.h"
#include "backend/BuildInfo.h"
#include "backend/ClusterStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace hadesk {
namespace {

// --lang has to take effect before the parser (and its translated help) exists, so it is read
// from the raw arguments; the parser later accepts it like any other option.
QString requestedLanguage(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(u"--lang="))
            return arg.mid(7);
    }
    return {};
}

} // namespace

QString Startup::begin(QCoreApplication* app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("HAdesk"));
    // hadesk and hadeskctl share one configuration folder, hence one application name.
    QCoreApplication::setApplicationName(QStringLiteral("hadesk"));
    QCoreApplication::setApplicationVersion(BuildInfo::version());
    const Language::Result language =
        Language::install(app, requestedLanguage(QCoreApplication::arguments()));
    return language.error;
}

QCommandLineOption Startup::languageOption()
{
    return {QStringLiteral("lang"),
            QCoreApplication::translate("hadesk::Startup",
                                        "User interface language (e.g. de, it, ko); default: "
                                        "the system's."),
            QStringLiteral("language")};
}

QCommandLineOption Startup::configOption()
{
    return {QStringLiteral("config"),
            QCoreApplication::translate("hadesk::Startup",
                                        "Cluster list file; default: %1.")
                .arg(ClusterStore::defaultFilePath()),
            QStringLiteral("file")};
}

void Startup::addCommonOptions(QCommandLineParser* parser)
{
    parser->addOption(languageOption());
    parser->addOption(configOption());
}

QString Startup::clusterStorePath(const QCommandLineParser& parser)
{
    const QString path = parser.value(configOption());
    return path.isEmpty() ? ClusterStore::defaultFilePath() : path;
}

} // namespace hadesk
