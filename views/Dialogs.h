#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace hadesk::views {

// Modal questions and file choosers go through here so a GUI test can answer them in advance
// (the next answer is used once, then the real dialog is back).
class Dialogs
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title,
                                                const QString& text);
    static QString openFileName(QWidget* parent, const QString& caption, const QString& dir);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextFileName(const QString& fileName);

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_nextFileName;
};

} // namespace hadesk::views
