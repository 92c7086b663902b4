// The console's cost at scale: three generated clusters of 2,000 resources on 32 nodes open at
// once (resident memory), and one state change on one of them, through the models and the
// graph's recolouring to the repainted window (QBENCHMARK). Figures are printed, never asserted.
#include "backend/ClusterSession.h"
#include "backend/ClusterStore.h"
#include "views/ClusterPage.h"
#include "views/MainWindow.h"
#include "views/ResourceGraphView.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hadesk;
using namespace hadesk::views;

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Fails one running top-level primitive in *failed, the one the graph shows after searching for
// it (search matches part of an id, so that may be another one), and returns its id.
QString failOneInView(ResourceGraphView* graph, pcmk::ClusterState* failed)
{
    const auto running = std::find_if(failed->resources.cbegin(), failed->resources.cend(), [](const pcmk::Resource& r) {
        return r.kind == pcmk::ResourceKind::Primitive && r.parent.isEmpty() && !r.activeOn.isEmpty();
    });
    if (running == failed->resources.cend())
        return {};
    graph->search(running->id);
    const QString shown = graph->selectedResource();
    for (pcmk::Resource& r : failed->resources) {
        if (r.id == shown)
            r.failed = true;
    }
    return shown;
}

} // namespace

class TestConsoleBench : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ClusterStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    QList<ClusterPage*> m_pages;

private Q_SLOTS:
    void initTestCase()
    {
        const QString cib = m_dir.filePath(QStringLiteral("large.cib.xml"));
        QProcess make;
        make.start(QStringLiteral(HADESK_SOURCE_DIR "/tests/bench/make-large-cib"),
                   {cib, QStringLiteral("32"), QStringLiteral("2000")});
        QVERIFY(make.waitForFinished(120000));
        QCOMPARE(make.exitCode(), 0);
        m_store = std::make_unique<ClusterStore>(m_dir.filePath(QStringLiteral("clusters.ini")));
        m_window = std::make_unique<MainWindow>(m_store.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        const qint64 before = residentKiB();
        for (int i = 0; i < 3; ++i) {
            ClusterPage* page = m_window->openFile(cib);
            QVERIFY(page);
            QTRY_VERIFY_WITH_TIMEOUT(page->session()->hasState(), 120000);
            QVERIFY(page->showView(QStringLiteral("graph")));
            QCOMPARE(page->graph()->layoutCount(), 1);
            m_pages << page;
        }
        QCoreApplication::processEvents();
        const qint64 after = residentKiB();
        qInfo("resident: %lld MiB with three clusters of 2000 resources open (%lld MiB before opening them)",
              after / 1024, before / 1024);
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    void repaintsOneStateChange()
    {
        ClusterPage* page = m_pages.constLast();
        ClusterSession* session = page->session();
        const pcmk::ClusterState healthy = session->state();
        pcmk::ClusterState failed = healthy;
        // In view, so the repaint has it to draw.
        QVERIFY(!failOneInView(page->graph(), &failed).isEmpty());
        QWidget* viewport = page->graph()->view()->viewport();
        const int layouts = page->graph()->layoutCount();
        bool fail = true;
        // The whole view repainted, not only the changed item's region: the figure is an upper bound.
        QBENCHMARK {
            session->showState(fail ? failed : healthy);
            viewport->repaint();
            fail = !fail;
        }
        // The two halves apart, for the note: models and recolouring, then painting.
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 20; ++i)
            session->showState(i % 2 ? failed : healthy);
        const double update = double(clock.nsecsElapsed()) / 20e6;
        clock.restart();
        for (int i = 0; i < 20; ++i)
            viewport->repaint();
        qInfo("per state change: %.1f ms through the models and the graph's recolouring; repainting the "
              "whole graph in view (2000 resources) takes %.1f ms",
              update, double(clock.nsecsElapsed()) / 20e6);
        // A recolouring, never a new layout.
        QCOMPARE(page->graph()->layoutCount(), layouts);
    }

    // What the view actually repaints after a state change: the changed item's region (its
    // item calls update() only when its look changed; the view repaints the dirty region).
    void repaintsTheChangedRegion()
    {
        ClusterPage* page = m_pages.constLast();
        ClusterSession* session = page->session();
        const pcmk::ClusterState healthy = session->state();
        pcmk::ClusterState failed = healthy;
        ResourceGraphView* graph = page->graph();
        const QString shown = failOneInView(graph, &failed);
        QVERIFY(!shown.isEmpty());
        QGraphicsItem* item = graph->view()->scene()->selectedItems().value(0);
        QVERIFY(item);
        QVERIFY(graph->view()->viewport()->rect().contains(graph->itemPosition(shown)));
        const QRect dirty = graph->view()->mapFromScene(item->sceneBoundingRect()).boundingRect().adjusted(-2, -2, 2, 2);
        QWidget* viewport = graph->view()->viewport();
        bool fail = true;
        QBENCHMARK {
            session->showState(fail ? failed : healthy);
            viewport->repaint(dirty);
            fail = !fail;
        }
    }
};

QTEST_MAIN(TestConsoleBench)
#include "tst_consolebench.moc"
