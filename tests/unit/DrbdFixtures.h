#pragma once

#include "Fixtures.h"
#include "backend/drbd/DrbdState.h"

#include <QMap>

namespace DrbdFixtures {

// Both VMs' events2 snapshots of a state captured under tests/fixtures/drbd, with the status's
// numbers merged as the watcher does while a resync runs.
inline QMap<QString, hadesk::drbd::NodeState> states(const QString& name, bool withStatistics = true)
{
    using hadesk::drbd::Events2Parser;
    QMap<QString, hadesk::drbd::NodeState> nodes;
    for (const QString& vm : {QStringLiteral("drbd1"), QStringLiteral("drbd2")}) {
        Events2Parser parser;
        for (const QByteArray& line : Fixtures::file(QStringLiteral("drbd/%1.%2.events2.txt").arg(name, vm)).split('\n'))
            if (!parser.apply(line, nullptr))
                qFatal("bad fixture line");
        if (withStatistics) {
            QString error;
            const auto status =
                Events2Parser::readStatus(Fixtures::file(QStringLiteral("drbd/%1.%2.statistics.txt").arg(name, vm)), &error);
            if (!status)
                qFatal("%s", qPrintable(error));
            parser.mergeStatistics(*status);
        }
        nodes.insert(vm, parser.state());
    }
    return nodes;
}

} // namespace DrbdFixtures
