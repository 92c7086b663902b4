#pragma once

#include "backend/drills/DrillChecks.h"
#include "backend/drills/DrillPlan.h"
#include "backend/drills/OutageAnalysis.h"
#include "backend/drills/Probes.h"
#include "backend/drills/WriteCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QJsonObject>
#include <QMap>

#include <optional>

namespace hadesk::drills {

// Something that happened during a drill, on the drill's clock.
struct DrillEvent
{
    qint64 tNs = 0;
    QString node;   // where, if on a node
    QString source; // drill, pacemaker, haproxy, drbd
    QString text;
    QString kind{}; // fault, recovery, fencing, start, stop, promote, failure, vip, ...
    QString subject{}; // the resource or node it is about
    // Timed by the node's own clock (an alert, ip monitor, DRBD), less its measured offset,
    // within errorMs; otherwise when the console saw it.
    bool nodeClock{};
    double errorMs{-1};
};

// A node's clock against the console's, from one round trip: the node's time minus the
// console's at the round trip's middle, within half the round trip.
struct ClockOffset
{
    QString node;
    double offsetMs = 0;
    double errorMs = 0;
    bool measured = false;
};

struct ProbeStreamRecord
{
    ProbeTarget target;
    QList<ProbeResult> results;
};

struct ExpectationResult
{
    QString service;
    QString what;     // "outage at most 5000 ms"
    QString measured; // "1830 ms"
    bool passed = false;
};

struct Phase
{
    QString name;
    qint64 fromNs = 0;
    qint64 toNs = 0;
};

// Everything a drill run saw, the report's one source.
struct DrillRecord
{
    DrillPlan plan;
    QString cluster;
    QDateTime startedAt;
    qint64 zeroWallMs = 0;
    QString result; // passed, failed, aborted, refused
    QString reason; // why, when not passed
    QStringList faultTitles;
    qint64 faultNs = -1;    // the first fault injected
    qint64 recoveryNs = -1; // recovery began
    qint64 settledNs = -1;  // the cluster back in its starting state
    qint64 endNs = 0;
    QList<SafetyCheck> checks;
    QStringList prediction;   // Pacemaker's, in words
    QString predictionNote;   // why there is none, when there is none
    QList<ProbeStreamRecord> probes;
    QList<DrillEvent> events;
    QStringList eventSources; // where the events came from and whose clock timed them
    QList<ClockOffset> offsetsBefore;
    QList<ClockOffset> offsetsAfter;
    bool configRestored = false;
    bool proofRan = false;
    QStringList configDifference; // lines that differ, when not restored
    QStringList notRunning;       // resources that ran before and do not after
    QMap<QString, QStringList> placementBefore; // resource -> nodes
    QMap<QString, QStringList> placementAfter;
    QList<ExpectationResult> expectations;
    QList<WriteCheckResult> writes; // the records written and read back, per write target
};

// The figures of one probe stream in a record.
struct ServiceReport
{
    const ProbeStreamRecord* stream = nullptr;
    ServiceFigures figures;
    qint64 ttdNs = -1; // fault to the cluster's first reaction
    qint64 ttrNs = -1; // fault to the end of the outage
    qint64 fullRedundancyNs = -1;
    QList<Phase> phases;
};

class DrillReport
{
    Q_DECLARE_TR_FUNCTIONS(hadesk::drills::DrillReport)

public:
    static ServiceReport serviceReport(const DrillRecord& record, const ProbeStreamRecord& stream);
    // The outage broken into phases by the events between the fault and the first ok probe; the
    // VIP's coming up is that of vip when one is given.
    static QList<Phase> phasesOf(const DrillRecord& record, const Outage& outage, const QString& vip = {});
    // Each expectation of the plan against what was measured.
    static QList<ExpectationResult> judge(const DrillRecord& record);
    static QJsonObject toJson(const DrillRecord& record);
    // One self-contained page: the timeline as inline SVG, the tables, the event log.
    static QString toHtml(const DrillRecord& record);
    static QString timelineSvg(const DrillRecord& record, int width = 960);
    // The page toHtml gave, for QTextDocument, which draws no SVG: the timeline an image by that
    // name (none when empty), the style sheet left out.
    static QString richText(const QString& pageHtml, const QString& timelineImage = {});
    static QImage timelineImage(const DrillRecord& record, int width);
    // The page toHtml gave, as PDF (the timeline drawn from its SVG).
    static bool writePdf(const DrillRecord& record, const QString& html, const QString& path, QString* error);
    // Everything recorded, raw (probe results and events on the drill's clock): probes.json, from
    // which the report's figures can be computed again.
    static QJsonObject rawJson(const DrillRecord& record);
    static std::optional<DrillRecord> fromRawJson(const QJsonObject& json, QString* error);
    // report.json, report.html, report.pdf and probes.json in dir.
    static bool write(const DrillRecord& record, const QString& dir, QString* error);

    // The cluster's drill history, beside the audit log: one JSON line per run.
    static QString historyPath(const QString& cluster);
    static QJsonObject historyEntry(const DrillRecord& record, const QString& reportDir);
    static bool appendHistory(const DrillRecord& record, const QString& reportDir, QString* error);
    static QList<QJsonObject> history(const QString& cluster);
};

} // namespace hadesk::drills
