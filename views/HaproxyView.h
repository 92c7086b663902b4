#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableView;

namespace hadesk {
class ClusterSession;
}

namespace hadesk::haproxy {
class ServerTableModel;
}

namespace hadesk::views {

// The load balancers: one node's HAProxy servers in a live table, actions that go to every
// node's HAProxy (ready, drain, maintenance, weight, health checks; drain or ready a whole node),
// and the sessions and request rate per backend, summed over the nodes, over the last minutes.
class HaproxyView : public QWidget
{
    Q_OBJECT

public:
    explicit HaproxyView(ClusterSession* session, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    // The warning shown when the nodes' HAProxies disagree about a server (empty when not).
    QString divergence() const;
    QChart* sessionsChart() const { return m_sessions; }
    QChart* requestsChart() const { return m_requests; }
    // Sends the commands to every node's HAProxy once the operator confirms them.
    void sendCommands(const QStringList& commands, const QString& what);
    // Tests drive the actions without the confirmation prompt.
    void setConfirmation(bool ask) { m_confirm = ask; }
    // How the last change sent from here ended (its job's outcome).
    const QString& lastOutcome() const { return m_lastOutcome; }
    void setState(const QString& state);
    void setWeight(int weight);
    void setHealthChecks(bool enabled);
    void nodeState(const QString& node, const QString& state);
    // The configuration editor, modal.
    void editConfiguration();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void refresh();
    void refreshCharts();
    QList<std::pair<QString, QString>> selectedServers() const;
    template<typename Build>
    QStringList forSelected(Build build) const;

    ClusterSession* m_session;
    QComboBox* m_node;
    QLabel* m_summary;
    QLabel* m_divergence;
    QTableView* m_table;
    haproxy::ServerTableModel* m_model;
    QChart* m_sessions;
    QChart* m_requests;
    bool m_confirm = true;
    QString m_lastOutcome;
};

} // namespace hadesk::views
