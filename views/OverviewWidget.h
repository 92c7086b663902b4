#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QTreeWidget;
class QVBoxLayout;

namespace hadesk {
class ClusterSession;
}

namespace hadesk::views {

// A cluster at a glance: quorum, DC, fencing, versions; a card per node with its Corosync links;
// a health line per service behind each VIP and per DRBD resource; then what needs the operator:
// failed actions (with Clean up), moves and bans left behind (with Clear), pending actions.
class OverviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewWidget(ClusterSession* session, QWidget* parent = nullptr);

    QTreeWidget* failures() const { return m_failures; }
    QTreeWidget* leftovers() const { return m_leftovers; }
    QTreeWidget* attention() const { return m_attention; }
    QTreeWidget* services() const { return m_services; }

Q_SIGNALS:
    // An item was chosen: the view to act on it in, and what it is about.
    void showRequested(const QString& view, const QString& subject);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void refresh();
    // The health line per service: on HAProxy's and DRBD's news, without rebuilding the rest.
    void refreshServices();
    QString linksText(const QString& node) const;
    QWidget* nodeCard(const QString& node);

    ClusterSession* m_session;
    QLabel* m_summary;
    QVBoxLayout* m_cards;
    QTreeWidget* m_failures;
    QTreeWidget* m_leftovers;
    QTreeWidget* m_pending;
    QTreeWidget* m_attention;
    QTreeWidget* m_services;
    QLabel* m_servicesHeading;
    QLabel* m_attentionHeading;
    QWidget* m_cleanup;
    QWidget* m_clear;
    QLabel* m_calm;
    QString m_watchError; // why the cluster's state could not be read, until it is
    QLabel* m_failuresHeading;
    QLabel* m_leftoversHeading;
    QLabel* m_pendingHeading;
};

} // namespace hadesk::views
