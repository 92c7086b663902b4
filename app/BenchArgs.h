#pragma once

#include <QList>
#include <QStringList>

#include <algorithm>

namespace hadesk {

// What every hadeskctl bench command takes: a target, -n ROUNDS and --json.
struct BenchArgs
{
    QString target;
    int rounds = 0;
    bool json = false;

    static BenchArgs parse(const QStringList& args, int defaultRounds)
    {
        BenchArgs parsed;
        parsed.rounds = defaultRounds;
        for (int i = 0; i < args.size(); ++i) {
            if (args.at(i) == u"-n" && i + 1 < args.size())
                parsed.rounds = qMax(1, args.at(++i).toInt());
            else if (args.at(i) == u"--json")
                parsed.json = true;
            else if (parsed.target.isEmpty())
                parsed.target = args.at(i);
        }
        return parsed;
    }
};

// The sample at the given percentile (50: median) of timings in ms.
inline double percentile(QList<double> samples, int percent)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype index = samples.size() * percent / 100;
    return samples.at(std::min<qsizetype>(samples.size() - 1, index));
}

} // namespace hadesk
