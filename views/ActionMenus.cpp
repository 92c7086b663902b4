#include "views/ActionMenus.h"

#include "backend/ClusterSession.h"
#include "views/ConstraintDialog.h"
#include "views/CreateResourceDialog.h"
#include "views/Dialogs.h"
#include "views/OperationDialog.h"

#include <QMenu>
#include <QMessageBox>

namespace hadesk::views {
namespace {

void launch(ClusterSession* session, const std::optional<pcmk::ClusterOperation>& op, const QString& error,
            QWidget* parent)
{
    if (!op) {
        QMessageBox::warning(parent, QObject::tr("HAdesk"), error);
        return;
    }
    OperationDialog::start(session, *op, parent);
}

QAction* addResourceAction(QMenu* menu, const QString& text, const QString& name, ClusterSession* session,
                           const QString& action, const QString& resource, const QString& node, QWidget* parent)
{
    QAction* entry = menu->addAction(text);
    entry->setObjectName(name);
    QObject::connect(entry, &QAction::triggered, parent, [=] {
        QString error;
        launch(session, pcmk::ClusterOperation::forResource(action, resource, node, {}, &error), error, parent);
    });
    return entry;
}

} // namespace

void ActionMenus::addResourceActions(QMenu* menu, ClusterSession* session, const QString& resource, QWidget* parent)
{
    const pcmk::ClusterState& state = session->state();
    const pcmk::Resource* r = state.resource(resource);
    if (!r)
        return;
    // The menu names what it acts on, and says why nothing can be done when nothing can.
    QAction* title = menu->addAction(r->agent().isEmpty() ? resource : QStringLiteral("%1 (%2)").arg(resource, r->agent()));
    title->setObjectName(QStringLiteral("menu-title"));
    title->setEnabled(false);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    menu->addSeparator();
    if (session->profile().readOnly || r->implicit) {
        menu->addAction(session->profile().readOnly
                            ? QObject::tr("Read-only: no changes from here (Cluster ▸ Read-only)")
                            : QObject::tr("Made by Pacemaker for its bundle: act on the bundle"))
            ->setEnabled(false);
        return;
    }
    const bool stopped = r->targetRole() == u"Stopped";
    addResourceAction(menu, QObject::tr("&Start"),
                      QStringLiteral("action-start"), session, QStringLiteral("start"), resource, {}, parent)
        ->setEnabled(stopped || !r->targetRole().isEmpty());
    addResourceAction(menu, QObject::tr("S&top"), QStringLiteral("action-stop"), session, QStringLiteral("stop"),
                      resource, {}, parent)
        ->setEnabled(!stopped);
    addResourceAction(menu, QObject::tr("&Restart"), QStringLiteral("action-restart"), session,
                      QStringLiteral("restart"), resource, {}, parent);
    menu->addSeparator();
    QMenu* moveTo = menu->addMenu(QObject::tr("&Move to"));
    moveTo->setObjectName(QStringLiteral("menu-move"));
    QMenu* banFrom = menu->addMenu(QObject::tr("&Ban from"));
    banFrom->setObjectName(QStringLiteral("menu-ban"));
    for (const pcmk::Node& node : state.nodes) {
        if (!node.isClusterMember())
            continue;
        addResourceAction(moveTo, node.name, QStringLiteral("action-move-") + node.name, session,
                          QStringLiteral("move"), resource, node.name, parent)
            ->setEnabled(!(r->activeOn.size() == 1 && r->activeOn.constFirst() == node.name));
        addResourceAction(banFrom, node.name, QStringLiteral("action-ban-") + node.name, session,
                          QStringLiteral("ban"), resource, node.name, parent);
    }
    if (r->activeOn.size() == 1)
        addResourceAction(menu, QObject::tr("Move &away from %1").arg(r->activeOn.constFirst()),
                          QStringLiteral("action-move-away"), session, QStringLiteral("move"), resource, {}, parent);
    addResourceAction(menu, QObject::tr("&Clear moves and bans"), QStringLiteral("action-clear"), session,
                      QStringLiteral("clear"), resource, {}, parent);
    menu->addSeparator();
    addResourceAction(menu, QObject::tr("Clean &up failures"), QStringLiteral("action-cleanup"), session,
                      QStringLiteral("cleanup"), resource, {}, parent);
    addResourceAction(menu, r->managed ? QObject::tr("U&nmanage") : QObject::tr("&Manage"),
                      QStringLiteral("action-manage"), session,
                      r->managed ? QStringLiteral("unmanage") : QStringLiteral("manage"), resource, {}, parent);
    const bool inMaintenance = r->metaAttributes.value(QStringLiteral("maintenance")) == u"true";
    addResourceAction(menu, inMaintenance ? QObject::tr("Leave maintenance") : QObject::tr("Maintenance"),
                      QStringLiteral("action-maintenance"), session,
                      inMaintenance ? QStringLiteral("ready") : QStringLiteral("maintenance"), resource, {}, parent);
    menu->addSeparator();
    QAction* constraint = menu->addAction(QObject::tr("Add &Constraint…"));
    constraint->setObjectName(QStringLiteral("action-constraint"));
    QObject::connect(constraint, &QAction::triggered, parent, [=] { addConstraint(session, resource, parent); });
    if (const QList<const pcmk::Constraint*> naming = state.constraintsOf(resource); !naming.isEmpty()) {
        QMenu* removeMenu = menu->addMenu(QObject::tr("Remove C&onstraint"));
        removeMenu->setObjectName(QStringLiteral("menu-remove-constraint"));
        for (const pcmk::Constraint* c : naming) {
            QAction* entry = removeMenu->addAction(QStringLiteral("%1 (%2)").arg(c->id, pcmk::kindName(c->kind)));
            entry->setObjectName(QStringLiteral("action-remove-constraint-") + c->id);
            QObject::connect(entry, &QAction::triggered, parent, [=, id = c->id] {
                QString error;
                launch(session, pcmk::ClusterOperation::removeConstraint(id, &error), error, parent);
            });
        }
    }
    QAction* remove = menu->addAction(QObject::tr("&Delete…"));
    remove->setObjectName(QStringLiteral("action-delete"));
    QObject::connect(remove, &QAction::triggered, parent, [=] { deleteResource(session, resource, parent); });
}

void ActionMenus::run(ClusterSession* session, const QString& action, const QString& resource, QWidget* parent)
{
    if (session->profile().readOnly)
        return;
    QString error;
    launch(session, pcmk::ClusterOperation::forResource(action, resource, {}, {}, &error), error, parent);
}

void ActionMenus::deleteResource(ClusterSession* session, const QString& resource, QWidget* parent)
{
    if (session->profile().readOnly)
        return;
    const auto answer =
        Dialogs::question(parent, QObject::tr("Delete Resource"),
                          QObject::tr("Delete %1 from the configuration? Pacemaker stops it first.").arg(resource));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    launch(session, pcmk::ClusterOperation::deleteResource(session->state(), resource, &error), error, parent);
}

void ActionMenus::createResource(ClusterSession* session, QWidget* parent)
{
    if (session->profile().readOnly)
        return;
    auto* dialog = new CreateResourceDialog(session, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ActionMenus::addConstraint(ClusterSession* session, const QString& resource, QWidget* parent)
{
    if (session->profile().readOnly)
        return;
    auto* dialog = new ConstraintDialog(session, resource, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ActionMenus::addNodeActions(QMenu* menu, ClusterSession* session, const QString& node, QWidget* parent)
{
    if (session->profile().readOnly)
        return;
    const pcmk::Node* n = session->state().node(node);
    if (!n)
        return;
    const auto add = [&](const QString& text, const QString& name, const QString& action) {
        QAction* entry = menu->addAction(text);
        entry->setObjectName(name);
        QObject::connect(entry, &QAction::triggered, parent, [=] {
            QString error;
            launch(session, pcmk::ClusterOperation::forNode(action, node, &error), error, parent);
        });
    };
    if (n->standby)
        add(QObject::tr("Bring &online"), QStringLiteral("action-online"), QStringLiteral("online"));
    else
        add(QObject::tr("Put in &standby"), QStringLiteral("action-standby"), QStringLiteral("standby"));
    if (n->maintenance)
        add(QObject::tr("Leave &maintenance"), QStringLiteral("action-node-ready"), QStringLiteral("ready"));
    else
        add(QObject::tr("&Maintenance"), QStringLiteral("action-node-maintenance"), QStringLiteral("maintenance"));
}

void ActionMenus::cleanup(ClusterSession* session, const QString& resource, const QString& node, QWidget* parent)
{
    QString error;
    launch(session, pcmk::ClusterOperation::forResource(QStringLiteral("cleanup"), resource, node, {}, &error), error,
           parent);
}

} // namespace hadesk::views
