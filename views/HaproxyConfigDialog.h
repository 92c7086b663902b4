#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace hadesk::haproxy {
class ConfigEditor;
struct RolloutResult;
} // namespace hadesk::haproxy

namespace hadesk::views {

// HAProxy's configuration for the whole cluster: read from the nodes, edited, checked with
// haproxy -c on a node, and installed on every node (checked everywhere first, rolled back where
// the reload fails, refused where someone changed the file since it was read).
class HaproxyConfigDialog : public QDialog
{
    Q_OBJECT

public:
    HaproxyConfigDialog(haproxy::ConfigEditor* editor, bool readOnly, QWidget* parent = nullptr);

    QPlainTextEdit* editor() const { return m_text; }
    QPlainTextEdit* report() const { return m_report; }
    // Tests install without the confirmation prompt.
    void setConfirmation(bool ask) { m_confirm = ask; }
    void checkText();
    void installText();
    void reload();

protected:
    void done(int result) override;

private:
    void setBusy(const QString& what);
    void setIdle();
    void onLoaded(bool ok, const QString& error);
    void onInstalled(const haproxy::RolloutResult& result);

    haproxy::ConfigEditor* m_editor;
    bool m_readOnly;
    QLabel* m_source;
    QPlainTextEdit* m_text;
    QPlainTextEdit* m_report;
    QPushButton* m_check;
    QPushButton* m_install;
    QPushButton* m_reload;
    QPushButton* m_close = nullptr;
    bool m_confirm = true;
};

} // namespace hadesk::views
