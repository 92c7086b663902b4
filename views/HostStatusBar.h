#pragma once

#include "ssh/SshTypes.h"

#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QToolButton;

namespace hadesk {
class ClusterSession;
}

namespace hadesk::views {

// The status bar's view of the open cluster's connections: a button per node with its state as
// a coloured dot (the node talked through in bold), the reason in the tooltip, and Reconnect in
// its menu.
class HostStatusBar : public QWidget
{
    Q_OBJECT

public:
    explicit HostStatusBar(QWidget* parent = nullptr);

    void setSession(ClusterSession* session);
    QToolButton* buttonFor(const QString& host) const;

    static QString stateText(ssh::ConnectionState state);

private:
    void rebuild();
    void update(const QString& host);

    QPointer<ClusterSession> m_session;
    QHBoxLayout* m_layout;
    QList<QToolButton*> m_buttons;
};

} // namespace hadesk::views
