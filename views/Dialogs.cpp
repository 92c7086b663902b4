#include "views/Dialogs.h"

#include <QFileDialog>

namespace hadesk::views {

QMessageBox::StandardButton Dialogs::s_nextAnswer = QMessageBox::NoButton;
QString Dialogs::s_nextFileName;

QMessageBox::StandardButton Dialogs::question(QWidget* parent, const QString& title,
                                              const QString& text)
{
    if (s_nextAnswer != QMessageBox::NoButton)
        return std::exchange(s_nextAnswer, QMessageBox::NoButton);
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No);
}

QString Dialogs::openFileName(QWidget* parent, const QString& caption, const QString& dir)
{
    if (!s_nextFileName.isNull())
        return std::exchange(s_nextFileName, QString());
    return QFileDialog::getOpenFileName(parent, caption, dir);
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

void Dialogs::setNextFileName(const QString& fileName)
{
    s_nextFileName = fileName;
}

} // namespace hadesk::views
