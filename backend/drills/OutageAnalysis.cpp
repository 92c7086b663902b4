#include "backend/drills/OutageAnalysis.h"

#include <algorithm>

namespace hadesk::drills {

qint64 ServiceFigures::timeToRecoverNs(qint64 faultNs) const
{
    for (auto it = outages.crbegin(); it != outages.crend(); ++it)
        if (it->endNs >= faultNs)
            return it->endNs - faultNs;
    return -1;
}

namespace {

// The length of the run of probes with the same success as results[from], from there on.
qsizetype runLength(const QList<ProbeResult>& results, qsizetype from)
{
    qsizetype end = from;
    while (end < results.size() && results.at(end).ok() == results.at(from).ok())
        ++end;
    return end - from;
}

} // namespace

ServiceFigures analyse(const QList<ProbeResult>& results, const OutageRules& rules)
{
    ServiceFigures figures;
    figures.probes = int(results.size());
    const int k = std::max(1, rules.failuresToStart);
    const int m = std::max(1, rules.successesToEnd);
    qsizetype i = 0;
    while (i < results.size()) {
        const ProbeResult& probe = results.at(i);
        if (probe.ok()) {
            figures.worstLatencyNs = std::max(figures.worstLatencyNs, probe.latencyNs);
            ++i;
            continue;
        }
        if (figures.firstFailureNs < 0)
            figures.firstFailureNs = probe.sentNs;
        const qsizetype failures = runLength(results, i);
        if (failures < k) {
            figures.failedProbes += int(failures);
            ++figures.flaps;
            i += failures;
            continue;
        }
        // An outage: it ends with the first ok probe that begins m successes in a row; shorter
        // runs of successes inside it are part of it.
        Outage outage;
        outage.startNs = probe.sentNs;
        const qint64 lastOkBefore = i > 0 ? results.at(i - 1).sentNs : probe.sentNs;
        qsizetype j = i;
        qsizetype lastFailure = i;
        while (j < results.size()) {
            if (!results.at(j).ok()) {
                lastFailure = j;
                ++outage.failedProbes;
                ++j;
                continue;
            }
            if (runLength(results, j) >= m)
                break;
            for (const qsizetype run = j + runLength(results, j); j < run; ++j)
                figures.worstLatencyNs = std::max(figures.worstLatencyNs, results.at(j).latencyNs);
        }
        outage.recovered = j < results.size();
        outage.endNs = outage.recovered ? results.at(j).sentNs : results.last().sentNs;
        outage.lowNs = results.at(lastFailure).sentNs - outage.startNs;
        outage.highNs = outage.endNs - lastOkBefore;
        figures.failedProbes += outage.failedProbes;
        if (!figures.outages.isEmpty())
            ++figures.flaps;
        figures.outageNs += outage.durationNs();
        figures.bracketLowNs += outage.lowNs;
        figures.bracketHighNs += outage.highNs;
        figures.recovered = outage.recovered;
        figures.outages.append(outage);
        i = j;
    }
    return figures;
}

} // namespace hadesk::drills
