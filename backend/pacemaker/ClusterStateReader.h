#pragma once

#include "backend/pacemaker/ClusterState.h"

#include <QByteArray>
#include <QString>

namespace hadesk::pcmk {

// Builds a ClusterState from Pacemaker's own output: the configuration from the CIB (cibadmin
// --query, or a CIB file) and the runtime picture from crm_mon --output-as=xml, which Pacemaker
// computes with its scheduler; HAdesk does not guess placement itself.
class ClusterStateReader
{
public:
    // Resets *state to the CIB's configuration.
    static bool readCib(const QByteArray& cibXml, ClusterState* state, QString* error);
    // Only the version attributes of the <cib> element, reading no further: of a whole CIB, or
    // of its head alone (cibadmin --query --xpath /cib --no-children).
    static bool readCibVersion(const QByteArray& cib, ClusterState* state, QString* error);
    // The constraints of a <constraints> element alone (cibadmin --query --scope constraints).
    static bool readConstraints(const QByteArray& constraintsXml, QList<Constraint>* constraints, QString* error);
    // Adds crm_mon's runtime view (nodes, roles, where things run, failures, fencing, tickets).
    static bool readCrmMon(const QByteArray& crmMonXml, ClusterState* state, QString* error);
};

} // namespace hadesk::pcmk
