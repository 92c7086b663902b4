#include "views/HostStatusBar.h"

#include "backend/ClusterSession.h"

#include <QHBoxLayout>
#include <QMenu>
#include <QPainter>
#include <QToolButton>

namespace hadesk::views {
namespace {

QColor stateColour(ssh::ConnectionState state)
{
    switch (state) {
    case ssh::ConnectionState::Connected: return QColor(0x2e, 0xa0, 0x43);
    case ssh::ConnectionState::Connecting:
    case ssh::ConnectionState::Authenticating:
    case ssh::ConnectionState::Lost:
    case ssh::ConnectionState::Reconnecting: return QColor(0xd4, 0x9a, 0x06);
    case ssh::ConnectionState::Failed: return QColor(0xcc, 0x24, 0x1d);
    case ssh::ConnectionState::Disconnected: break;
    }
    return QColor(0x88, 0x88, 0x88);
}

QIcon dot(const QColor& colour, qreal devicePixelRatio)
{
    const int size = 12;
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colour.darker(130));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3));
    return QIcon(pixmap);
}

} // namespace

HostStatusBar::HostStatusBar(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("hostStatus"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
}

QString HostStatusBar::stateText(ssh::ConnectionState state)
{
    switch (state) {
    case ssh::ConnectionState::Connected: return tr("connected");
    case ssh::ConnectionState::Connecting:
    case ssh::ConnectionState::Authenticating: return tr("connecting");
    case ssh::ConnectionState::Lost:
    case ssh::ConnectionState::Reconnecting: return tr("reconnecting");
    case ssh::ConnectionState::Failed: return tr("failed");
    case ssh::ConnectionState::Disconnected: break;
    }
    return tr("not connected");
}

void HostStatusBar::setSession(ClusterSession* session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &ClusterSession::hostStateChanged, this, [this](const QString& host) { update(host); });
    rebuild();
}

QToolButton* HostStatusBar::buttonFor(const QString& host) const
{
    for (QToolButton* button : m_buttons) {
        if (button->property("host").toString() == host)
            return button;
    }
    return nullptr;
}

void HostStatusBar::rebuild()
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    if (!m_session)
        return;
    for (const QString& host : m_session->hosts()) {
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("host-") + host);
        button->setProperty("host", host);
        button->setText(host);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setPopupMode(QToolButton::InstantPopup);
        auto* menu = new QMenu(button);
        QAction* reconnect = menu->addAction(tr("&Reconnect to %1").arg(host));
        reconnect->setObjectName(QStringLiteral("reconnect-") + host);
        connect(reconnect, &QAction::triggered, this, [this, host] {
            if (m_session)
                m_session->reconnect(host);
        });
        button->setMenu(menu);
        m_layout->addWidget(button);
        m_buttons << button;
        update(host);
    }
}

void HostStatusBar::update(const QString& host)
{
    if (!m_session)
        return;
    // The node talked through may have changed: every button's weight follows.
    for (QToolButton* button : std::as_const(m_buttons)) {
        QFont font = button->font();
        font.setBold(button->property("host").toString() == m_session->currentHost());
        button->setFont(font);
    }
    QToolButton* button = buttonFor(host);
    if (!button)
        return;
    const ssh::ConnectionState state = m_session->hostState(host);
    button->setIcon(dot(stateColour(state), devicePixelRatioF()));
    button->setProperty("state", stateText(state));
    QString tip = tr("%1: %2").arg(host, stateText(state));
    if (host == m_session->currentHost())
        tip += tr(" (the cluster is read and changed through this node)");
    if (const QString detail = m_session->hostDetail(host); !detail.isEmpty())
        tip += u'\n' + detail;
    button->setToolTip(tip);
}

} // namespace hadesk::views
