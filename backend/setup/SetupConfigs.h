#pragma once

#include "backend/setup/SetupPlan.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace hadesk::setup {

// One element the setup puts in the CIB: created when absent, replaced when it differs.
struct CibElement
{
    QString scope; // resources or constraints
    QString id;
    QString xml;
};

// One cluster option: crm_config, rsc_defaults or op_defaults.
struct ClusterOption
{
    QString type;
    QString name;
    QString value;
};

// The files and the CIB a plan turns into. Pure: the same plan gives the same bytes, which is
// what lets a second run find nothing to change.
class SetupConfigs
{
public:
    // vipInterfaces: the NIC of each VIP's subnet on the nodes (the plan's, or what the host
    // checks found).
    SetupConfigs(SetupPlan plan, QMap<QString, QString> vipInterfaces);

    QByteArray corosyncConf() const;
    QByteArray haproxyCfg() const;
    QList<ClusterOption> options() const;
    QList<CibElement> fencingElements() const;
    QList<CibElement> serviceElements() const;
    // The node's entry in the CIB, in standby: a node joining a running cluster is put there
    // before its Pacemaker starts, so that nothing runs on it before its fence device does.
    CibElement standbyNode(const PlanNode& node) const;
    // The CIB of the cluster as it will be (every node up, with quorum), for crm_simulate and
    // crm_verify before anything exists.
    QByteArray cibConfiguration() const;
    // The resource ids setup creates, each with the nodes it should run on once all are online.
    QStringList resourceIds() const;

    // What the timing profile means for a failover, in words (the review says it).
    QString timingInWords() const;

private:
    QString attributes(const QString& owner, const QMap<QString, QString>& values) const;
    QString operations(const QString& owner, bool stonith) const;
    QString primitive(const QString& id, const QString& agent, const QMap<QString, QString>& values,
                      const QMap<QString, QString>& meta = {}) const;

    SetupPlan m_plan;
    QMap<QString, QString> m_vipInterfaces;
};

} // namespace hadesk::setup
