#pragma once

#include "backend/drills/Probes.h"

#include <QList>

namespace hadesk::drills {

// One stretch of time a client could not use the service.
struct Outage
{
    qint64 startNs = 0; // the first failed probe of a run of at least k failures
    qint64 endNs = 0;   // the first ok probe of a run of at least m successes (the last probe if none)
    bool recovered = true;
    // Where the real outage lies given the probes around it: at least from the first failed
    // probe to the last one, at most from the last ok probe before to the first ok after.
    qint64 lowNs = 0;
    qint64 highNs = 0;
    int failedProbes = 0;

    qint64 durationNs() const { return endNs - startNs; }
    bool operator==(const Outage&) const = default;
};

struct OutageRules
{
    int failuresToStart = 3;  // k
    int successesToEnd = 3;   // m
};

// What one probe stream says about its service.
struct ServiceFigures
{
    QList<Outage> outages;
    qint64 outageNs = 0; // the outages' total
    qint64 bracketLowNs = 0;
    qint64 bracketHighNs = 0;
    int probes = 0;
    int failedProbes = 0; // every failed probe, in an outage or not
    int flaps = 0;        // failure runs too short to be an outage, and outages after the first
    qint64 worstLatencyNs = 0; // of the probes that succeeded
    qint64 firstFailureNs = -1;
    bool recovered = true; // the last outage ended before the probes did

    // Fault (on the same clock) to the end of the last outage; -1 without an outage after it.
    qint64 timeToRecoverNs(qint64 faultNs) const;
};

// The outage figures of one probe stream, results in the order sent. Pure.
ServiceFigures analyse(const QList<ProbeResult>& results, const OutageRules& rules = {});

} // namespace hadesk::drills
