#pragma once

#include "backend/drills/DrillPlan.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace hadesk::drills {

// A cluster's own drills, saved as the JSON `hadeskctl drill HOST run PLAN.json` runs, one file
// per plan beside the cluster's drill history; and the folders the console's runs report into.
class DrillPlanStore
{
    Q_DECLARE_TR_FUNCTIONS(hadesk::drills::DrillPlanStore)

public:
    explicit DrillPlanStore(QString cluster);

    QString directory() const;
    QStringList names() const; // sorted
    std::optional<DrillPlan> load(const QString& name, QString* error) const;
    // By the plan's name; a plan of that name is replaced.
    bool save(const DrillPlan& plan, QString* error) const;
    bool remove(const QString& name, QString* error) const;
    // A folder of its own for a run's report (created when the report is written).
    QString reportDirectory(const QString& drill, const QDateTime& at) const;

private:
    QString fileOf(const QString& name) const;

    QString m_cluster;
};

} // namespace hadesk::drills
