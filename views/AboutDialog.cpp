#include "views/AboutDialog.h"

#include "backend/BuildInfo.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace hadesk::views {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About HAdesk"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/hadesk.svg")).pixmap(64, 64));

    auto* title = new QLabel(QStringLiteral("<h2>HAdesk %1</h2>").arg(BuildInfo::version()), this);
    title->setObjectName(QStringLiteral("aboutTitle"));

    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setText(tr("A desktop console for high-availability Linux clusters: Pacemaker and "
                     "Corosync, DRBD replication and HAProxy load balancers, reached over SSH.") +
                  QLatin1String("<br><br>") +
                  tr("Built with Qt %1, running on Qt %2, libssh %3.")
                      .arg(QStringLiteral(QT_VERSION_STR), BuildInfo::qtVersion(),
                           BuildInfo::libsshVersion()));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(title, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace hadesk::views
