#pragma once

#include "backend/drbd/DrbdOverview.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace hadesk::drbd {

enum class Action {
    Primary,
    ForcePrimary,
    Secondary,
    Connect,
    Disconnect,
    Attach,
    Detach,
    Adjust,
    Verify,
    Invalidate,       // this node's data is thrown away and synced from a peer
    InvalidateRemote, // the peers' data is thrown away and synced from this node
    PauseSync,
    ResumeSync,
    DiscardMyData,    // after a split brain: connect, giving up this node's changes
};

// One drbdadm command on one node, with what it risks. Risks need the operator's explicit
// confirmation; a refusal means it must not run at all (and says what to do instead).
struct DrbdAction
{
    Action action = Action::Connect;
    QString node;
    QString resource;
    QStringList argv;
    QString summary;
    QStringList risks;
    QString refusal;
};

class DrbdOperations
{
    Q_DECLARE_TR_FUNCTIONS(DrbdOperations)

public:
    // primary, force-primary, secondary, connect, disconnect, attach, detach, adjust, verify,
    // invalidate, invalidate-remote, pause-sync, resume-sync, discard-my-data.
    static std::optional<Action> actionNamed(const QString& name);
    static QString nameOf(Action action);
    static QStringList actionNames();
    // DRBD allows more, but a name HAdesk puts on a command line is letters, digits, . _ - only.
    static bool isValidResourceName(const QString& name);

    // The command for node, unjudged; nullopt for a resource name HAdesk will not pass on.
    static std::optional<DrbdAction> command(Action action, const QString& node, const QString& resource,
                                             QString* error);
    // The command judged against the resource as it is now: refusal and risks filled in.
    static std::optional<DrbdAction> plan(Action action, const QString& node, const QString& resource,
                                          const ResourceOverview& overview, QString* error);

    // Recovering from a split brain: the victim's changes since the split are discarded and it
    // resyncs from the others. Steps in order: the victim disconnects (if it is not StandAlone
    // already), becomes Secondary, connects discarding its data; then each other node connects. Refused when the victim is Pacemaker's promoted side (move the role
    // first) or no other node holds UpToDate data.
    static std::optional<QList<DrbdAction>> splitBrainRecovery(const ResourceOverview& overview, const QString& victim,
                                                               QString* error);
};

} // namespace hadesk::drbd
