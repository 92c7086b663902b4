#pragma once

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;
class QCoreApplication;

namespace hadesk {

// What hadesk and hadeskctl do alike before their own work: identity, language, common options.
class Startup
{
public:
    // Names the application (settings paths follow it) and installs the language asked for on
    // the command line, before any translated text is built. Returns a warning, or empty.
    static QString begin(QCoreApplication* app);

    static QCommandLineOption languageOption();
    static QCommandLineOption configOption();
    static void addCommonOptions(QCommandLineParser* parser);

    // The cluster list file: --config FILE, else the per-user default.
    static QString clusterStorePath(const QCommandLineParser& parser);
};

} // namespace hadesk
