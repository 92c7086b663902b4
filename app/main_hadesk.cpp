#include "app/Startup.h"
#include "backend/BuildInfo.h"
#include "backend/ClusterStore.h"
#include "backend/ClusterSession.h"
#include "views/ClusterPage.h"
#include "views/ColourScheme.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

using namespace hadesk;

namespace {

// --ssh-config FILE: make sure a cluster for that configuration is in the list (the lab demo).
void addClusterFromArguments(ClusterStore* store, const QString& sshConfig, const QString& name, const QStringList& hosts)
{
    if (sshConfig.isEmpty() || store->indexOf(name) >= 0)
        return;
    QString error;
    const auto cluster = ClusterStore::fromSshConfig(name, sshConfig, hosts, &error);
    if (!cluster || !store->add(*cluster, &error))
        QMessageBox::warning(nullptr, QApplication::translate("main", "Add Cluster"), error);
}

// --screenshot: once the cluster's state has loaded, show the view, save the window, quit.
void screenshotWhenLoaded(views::MainWindow* window, views::ClusterPage* page, const QString& view, const QString& file,
                          int afterMs)
{
    auto* deadline = new QTimer(window);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, window, [] {
        fputs("hadesk: the cluster's state did not load within 90 s; no screenshot\n", stderr);
        QCoreApplication::exit(1);
    });
    deadline->start(90'000);
    const auto take = [window, page, view, file, deadline, afterMs] {
        deadline->stop();
        page->showView(view);
        // One more turn of the event loop for layouts and repaints (longer for live charts).
        QTimer::singleShot(afterMs, window, [window, file] {
            const bool saved = window->grab().save(file);
            if (!saved)
                fprintf(stderr, "hadesk: cannot write %s\n", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    if (page->session()->hasState())
        take();
    else
        QObject::connect(page->session(), &ClusterSession::stateUpdated, window, take, Qt::SingleShotConnection);
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
    const QCommandLineOption hostsOption(
        QStringLiteral("hosts"),
        QApplication::translate("main", "Only these hosts of --ssh-config (comma-separated) make the cluster."),
        QStringLiteral("list"));
    const QCommandLineOption openOption(
        QStringLiteral("open"), QApplication::translate("main", "Open the cluster of this host (or of this name)."),
        QStringLiteral("host"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QApplication::translate("main", "The view to show: overview, graph, network, haproxy, drbd, resources, placement, events or commands."),
        QStringLiteral("name"), QStringLiteral("overview"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Once the cluster has loaded, save the window as this PNG and exit."),
        QStringLiteral("file"));
    const QCommandLineOption screenshotDelayOption(
        QStringLiteral("screenshot-after"),
        QApplication::translate("main", "Wait this many seconds after loading before the screenshot (default 0.5)."),
        QStringLiteral("seconds"), QStringLiteral("0.5"));
    const QCommandLineOption cibFileOption(
        QStringLiteral("cib-file"),
        QApplication::translate("main", "Open a saved CIB offline, read-only (may be given more than once)."),
        QStringLiteral("file"));
    const QCommandLineOption paletteOption(
        QStringLiteral("palette"),
        QApplication::translate("main", "Colours: desktop (the default: as the desktop says), light or dark."),
        QStringLiteral("name"), QStringLiteral("desktop"));
    parser.addOption(paletteOption);
    parser.addOption(cibFileOption);
    parser.addOption(sshConfigOption);
    parser.addOption(clusterNameOption);
    parser.addOption(hostsOption);
    parser.addOption(openOption);
    parser.addOption(viewOption);
    parser.addOption(screenshotOption);
    parser.addOption(screenshotDelayOption);
    parser.process(app);
    if (parser.isSet(versionOption)) {
        fputs(qPrintable(BuildInfo::summary() + u'\n'), stdout);
        return 0;
    }
    if (!languageWarning.isEmpty())
        fputs(qPrintable(languageWarning + u'\n'), stderr);

    if (!views::ColourScheme::apply(parser.value(paletteOption))) {
        fprintf(stderr, "hadesk: no palette '%s' (%s)\n", qPrintable(parser.value(paletteOption)),
                qPrintable(views::ColourScheme::names().join(QLatin1String(", "))));
        return 2;
    }

    ClusterStore store(Startup::clusterStorePath(parser));
    QString error;
    if (!store.load(&error))
        QMessageBox::warning(nullptr, QApplication::translate("main", "Cluster list"), error);
    addClusterFromArguments(&store, parser.value(sshConfigOption), parser.value(clusterNameOption),
                            parser.value(hostsOption).split(u',', Qt::SkipEmptyParts));

    views::MainWindow window(&store);
    window.show();
    const QString view = parser.value(viewOption);
    if (!views::ClusterPage::viewNames().contains(view)) {
        fprintf(stderr, "hadesk: no view '%s' (%s)\n", qPrintable(view),
                qPrintable(views::ClusterPage::viewNames().join(QLatin1String(", "))));
        return 2;
    }
    // The page shown last is the one a screenshot is taken of: --open's cluster, else the last
    // --cib-file, else the cluster --ssh-config added.
    views::ClusterPage* shown = nullptr;
    // Without a window to answer a message box in (a screenshot run), a bad file ends the run.
    if (parser.isSet(screenshotOption))
        QObject::connect(&window, &views::MainWindow::fileFailed, &app, [](const QString& file, const QString& why) {
            fprintf(stderr, "hadesk: %s: %s\n", qPrintable(file), qPrintable(why));
            QCoreApplication::exit(1);
        });
    for (const QString& file : parser.values(cibFileOption)) {
        if (!(shown = window.openFile(file)))
            return 1;
    }
    if (parser.isSet(openOption) || (parser.isSet(screenshotOption) && !shown)) {
        const QString target = parser.isSet(openOption) ? parser.value(openOption) : parser.value(clusterNameOption);
        if (!(shown = window.openCluster(target))) {
            fprintf(stderr, "hadesk: no cluster has a host or name '%s'\n", qPrintable(target));
            return 2;
        }
    }
    if (shown) {
        shown->showView(view);
        if (parser.isSet(screenshotOption))
            screenshotWhenLoaded(&window, shown, view, parser.value(screenshotOption),
                                 int(parser.value(screenshotDelayOption).toDouble() * 1000));
    }
    return app.exec();
}
