#include "app/Startup.h"
#include "backend/BuildInfo.h"
#include "backend/ClusterStore.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

using namespace hadesk;

namespace {

// --ssh-config FILE: make sure a cluster for that configuration is in the list (the lab demo).
void addClusterFromArguments(ClusterStore* store, const QString& sshConfig, const QString& name)
{
    if (sshConfig.isEmpty() || store->indexOf(name) >= 0)
        return;
    QString error;
    const auto cluster = ClusterStore::fromSshConfig(name, sshConfig, {}, &error);
    if (!cluster || !store->add(*cluster, &error))
        QMessageBox::warning(nullptr, QApplication::translate("main", "Add Cluster"), error);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QString languageWarning = Startup::begin(&app);
    QApplication::setApplicationDisplayName(QStringLiteral("HAdesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "HAdesk: a console for high-availability clusters."));
    parser.addHelpOption();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QApplication::translate("main", "Show the version."));
    parser.addOption(versionOption);
    Startup::addCommonOptions(&parser);
    const QCommandLineOption sshConfigOption(
        QStringLiteral("ssh-config"),
        QApplication::translate("main", "Add a cluster made of the hosts of this OpenSSH "
                                        "client configuration, unless one of that name exists."),
        QStringLiteral("file"));
    const QCommandLineOption clusterNameOption(
        QStringLiteral("cluster-name"),
        QApplication::translate("main", "Name for the cluster added with --ssh-config."),
        QStringLiteral("name"), QStringLiteral("lab"));
    parser.addOption(sshConfigOption);
    parser.addOption(clusterNameOption);
    parser.process(app);
    if (parser.isSet(versionOption)) {
        fputs(qPrintable(BuildInfo::summary() + u'\n'), stdout);
        return 0;
    }
    if (!languageWarning.isEmpty())
        fputs(qPrintable(languageWarning + u'\n'), stderr);

    ClusterStore store(Startup::clusterStorePath(parser));
    QString error;
    if (!store.load(&error))
        QMessageBox::warning(nullptr, QApplication::translate("main", "Cluster list"), error);
    addClusterFromArguments(&store, parser.value(sshConfigOption), parser.value(clusterNameOption));

    views::MainWindow window(&store);
    window.show();
    return app.exec();
}
