#pragma once

#include "backend/pacemaker/ClusterState.h"

#include <QJsonObject>

namespace hadesk::pcmk {

// hadeskctl status --json. The schema (stable; fields are only ever added):
//   {"cluster": {"name", "dc", "quorum", "version"},
//    "nodes": [{"name", "online", "standby", "maintenance", "type": "member|remote|guest|bundle|ping",
//               "dc", "unclean", "connection", "address", "transient_attributes": {name: value}}],
//    "resources": [{"id", "kind": "primitive|group|clone|promotable|bundle", "agent", "parent",
//                   "role", "active_on": [node names], "failed", "managed", "target_role",
//                   "orphaned", "implicit"}],
//    "constraints": [{"id", "kind": "location|colocation|order|ticket", "resources", "from_move_or_ban",
//                     "expires"}],
//    "failures": [{"resource", "node", "operation", "exit_code", "exit_reason", "last_change"}],
//    "fencing": [{"target", "action", "status", "delegate", "completed"}],
//    "fail_counts": [{"resource", "node", "count", "last_failure"}],
//    "pending": [{"resource", "node", "operation", "interval_ms", "since": seconds since 1970}],
//    "tickets": [{"id", "granted", "standby"}],
//    "alerts": [{"id", "path", "recipients"}]}
// "connection" is the resource that reaches a remote, guest or bundle node; "implicit" marks
// resources Pacemaker made itself (a bundle's containers, a guest's connection).
// "agent" is class:provider:type (null for collections); "parent" is the enclosing group, clone
// or bundle (null at top level); "active_on" counts a collection active where any member is.
QJsonObject statusJson(const ClusterState& state);

} // namespace hadesk::pcmk
