#pragma once

#include <QDialog>

namespace hadesk::views {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace hadesk::views
