#pragma once

#include "backend/drbd/DrbdActionJob.h"

#include <QPointer>

#include <QWidget>

class QChart;
class QLabel;
class QTextBrowser;
class QToolButton;
class QTreeView;

namespace hadesk {
class ClusterSession;
}

namespace hadesk::drbd {
class DrbdResourceModel;
}

namespace hadesk::views {

// The DRBD resources of the cluster, live: each resource with its nodes' roles and disks, the
// replication link, a progress bar with rate and ETA while a resync or verify runs, the sync rate
// over time, and the warnings. drbdadm actions on the selected node (judged against the live
// state: refused where Pacemaker decides, risks confirmed), promotion through Pacemaker, and the
// split-brain recovery.
class DrbdView : public QWidget
{
    Q_OBJECT

public:
    explicit DrbdView(ClusterSession* session, QWidget* parent = nullptr);

    QTreeView* tree() const { return m_tree; }
    QChart* rateChart() const { return m_chart; }
    QTextBrowser* details() const { return m_details; }
    QLabel* summary() const { return m_summary; }
    // Tests act without the confirmation prompts (refusals still stop an action).
    void setConfirmation(bool ask) { m_confirm = ask; }
    // The refusal or failure shown to the operator for the last action (empty: none).
    const QString& lastMessage() const { return m_lastMessage; }
    void select(const QString& resource, const QString& node = {});
    // Starts one drbdadm action on a node as a job; null with a message shown when refused. A
    // failure is shown when the job ends.
    jobs::Job* runAction(drbd::Action action, const QString& node, const QString& resource);
    // Moves the promoted role through Pacemaker (preview dialog).
    void promote(const QString& resource, const QString& node);
    // Discards the victim's changes since a split brain and reconnects.
    jobs::Job* recoverSplitBrain(const QString& resource, const QString& victim);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void refreshDetails();
    void refreshChart();
    void fillActionMenu();
    void fillPromoteMenu();
    void fillRecoverMenu();
    QString selectedResource() const;
    QString selectedNode() const;
    bool confirm(const QString& title, const QString& text);
    void complain(const QString& title, const QString& text);
    // Runs the job unless another DRBD action still runs.
    jobs::Job* start(const QString& title, jobs::Job* job);

    ClusterSession* m_session;
    drbd::DrbdResourceModel* m_model;
    QLabel* m_summary;
    QTreeView* m_tree;
    QTextBrowser* m_details;
    QChart* m_chart;
    QWidget* m_body; // the tree, the details and the chart
    QToolButton* m_actions;
    QToolButton* m_promote;
    QToolButton* m_recover;
    QToolButton* m_create;
    QString m_lastMessage;
    bool m_confirm = true;
    QPointer<jobs::Job> m_running;
};

} // namespace hadesk::views
