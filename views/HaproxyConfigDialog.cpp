#include "views/HaproxyConfigDialog.h"

#include "backend/haproxy/ConfigEditor.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace hadesk::views {
namespace {

QString outcomeText(haproxy::InstallResult::Outcome outcome)
{
    using Outcome = haproxy::InstallResult::Outcome;
    switch (outcome) {
    case Outcome::Installed:
        return HaproxyConfigDialog::tr("installed and reloaded");
    case Outcome::Rejected:
        return HaproxyConfigDialog::tr("rejected by haproxy -c, nothing changed");
    case Outcome::Changed:
        return HaproxyConfigDialog::tr("changed by someone else since it was read, nothing changed");
    case Outcome::RolledBack:
        return HaproxyConfigDialog::tr("reload failed, previous configuration back in place");
    case Outcome::Failed:
        break;
    }
    return HaproxyConfigDialog::tr("could not run");
}

} // namespace

HaproxyConfigDialog::HaproxyConfigDialog(haproxy::ConfigEditor* editor, bool readOnly, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_readOnly(readOnly)
    , m_source(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_report(new QPlainTextEdit(this))
    , m_check(new QPushButton(tr("&Check"), this))
    , m_install(new QPushButton(tr("&Install on Every Node…"), this))
    , m_reload(new QPushButton(tr("Read &Again"), this))
{
    setObjectName(QStringLiteral("haproxyConfigDialog"));
    setWindowTitle(tr("HAProxy Configuration"));
    m_source->setObjectName(QStringLiteral("haproxyConfigSource"));
    m_source->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("haproxyConfigText"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setReadOnly(readOnly);
    m_report->setObjectName(QStringLiteral("haproxyConfigReport"));
    m_report->setReadOnly(true);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_check->setObjectName(QStringLiteral("haproxyConfigCheck"));
    m_install->setObjectName(QStringLiteral("haproxyConfigInstall"));
    m_reload->setObjectName(QStringLiteral("haproxyConfigReload"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_text);
    splitter->addWidget(m_report);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("haproxyConfigClose"));
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_install, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reload, QDialogButtonBox::ResetRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(820, 640);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, &HaproxyConfigDialog::checkText);
    connect(m_install, &QPushButton::clicked, this, &HaproxyConfigDialog::installText);
    connect(m_reload, &QPushButton::clicked, this, &HaproxyConfigDialog::reload);
    connect(editor, &haproxy::ConfigEditor::loaded, this, &HaproxyConfigDialog::onLoaded);
    connect(editor, &haproxy::ConfigEditor::checked, this, [this](bool ok, const QString& report) {
        m_report->setPlainText((ok ? tr("HAProxy accepts it.") : tr("HAProxy refuses it:")) + u'\n' + report);
        setIdle();
    });
    connect(editor, &haproxy::ConfigEditor::installed, this, &HaproxyConfigDialog::onInstalled);
    reload();
}

void HaproxyConfigDialog::setBusy(const QString& what)
{
    for (QPushButton* button : {m_check, m_install, m_reload})
        button->setEnabled(false);
    m_text->setReadOnly(true);
    m_report->setPlainText(what);
    // The window is modal: its own button stops the job (an install lets the node being
    // installed finish, then restores the nodes done).
    m_close->setText(tr("&Stop"));
}

void HaproxyConfigDialog::setIdle()
{
    const bool loaded = !m_editor->sourceNode().isEmpty();
    m_check->setEnabled(loaded);
    m_install->setEnabled(loaded && !m_readOnly);
    m_reload->setEnabled(true);
    m_text->setReadOnly(m_readOnly || !loaded);
    m_close->setText(tr("&Close"));
}

void HaproxyConfigDialog::reload()
{
    if (m_confirm && m_text->document()->isModified() &&
        QMessageBox::question(this, windowTitle(), tr("Read the files again and lose your edits?")) != QMessageBox::Yes)
        return;
    if (m_editor->load())
        setBusy(tr("Reading the configuration from every node…"));
}

void HaproxyConfigDialog::onLoaded(bool ok, const QString& error)
{
    m_text->setPlainText(QString::fromUtf8(m_editor->text()));
    m_text->document()->setModified(false);
    QString source = m_editor->sourceNode().isEmpty()
                         ? tr("No configuration could be read.")
                         : tr("%1 as read from %2 (SHA-256 %3…).")
                               .arg(haproxy::ConfigFile::defaultPath(), m_editor->sourceNode(),
                                    QString::fromLatin1(m_editor->sourceDigest().left(12)));
    const QStringList differing = m_editor->differingNodes();
    if (!differing.isEmpty())
        source += u' ' + tr("The file on %1 is different; installing replaces it with this text.")
                             .arg(differing.join(QLatin1String(", ")));
    m_source->setText(source);
    m_report->setPlainText(ok ? QString() : error);
    setIdle();
}

void HaproxyConfigDialog::checkText()
{
    if (m_editor->check(m_text->toPlainText().toUtf8()))
        setBusy(tr("Checking with haproxy -c on %1…").arg(m_editor->sourceNode()));
}

void HaproxyConfigDialog::installText()
{
    const QStringList nodes = m_editor->nodes();
    if (m_confirm &&
        QMessageBox::question(this, tr("Install HAProxy Configuration"),
                              tr("Check this configuration on %1, then install it and reload HAProxy node by node? A "
                                 "node whose reload fails gets its previous file back, and so do the nodes done "
                                 "before it.")
                                  .arg(nodes.join(QLatin1String(", ")))) != QMessageBox::Yes)
        return;
    if (m_editor->install(m_text->toPlainText().toUtf8()))
        setBusy(tr("Installing on %1…").arg(nodes.join(QLatin1String(", "))));
}

void HaproxyConfigDialog::onInstalled(const haproxy::RolloutResult& result)
{
    QStringList lines{result.summary};
    for (const auto& [node, outcome] : result.perNode) {
        lines << tr("%1: %2").arg(node, outcomeText(outcome.outcome));
        if (!outcome.detail.trimmed().isEmpty() && !outcome.installed())
            lines << outcome.detail.trimmed();
    }
    m_report->setPlainText(lines.join(u'\n'));
    if (result.installed)
        m_text->document()->setModified(false);
    setIdle();
}

void HaproxyConfigDialog::done(int result)
{
    if (jobs::Job* running = m_editor->running()) {
        running->cancel(); // it ends (an install rolled back) before the window can close
        m_report->appendPlainText(tr("Stopping…"));
        return;
    }
    if (m_confirm && m_text->document()->isModified() &&
        QMessageBox::question(this, windowTitle(), tr("Close and lose your edits?")) != QMessageBox::Yes)
        return;
    QDialog::done(result);
}

} // namespace hadesk::views
