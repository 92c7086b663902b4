#include "views/SshPromptDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace hadesk;
using hadesk::views::SshPromptDialog;

class TestSshPromptDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ssh::PromptAnswer>(); }

    void unknownHostKeyShowsTheFingerprint()
    {
        ssh::Prompt prompt;
        prompt.id = 7;
        prompt.kind = ssh::Prompt::Kind::UnknownHostKey;
        prompt.text = QStringLiteral("The authenticity of node1 cannot be established.");
        prompt.fingerprint = QStringLiteral("SHA256:Qb4GNbmE0sZrGRr0Aed+kLMWy2iBhXcBGcQH4O3jvlk");
        SshPromptDialog dialog(prompt);
        dialog.open();
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("fingerprint"))->text(), prompt.fingerprint);
        QVERIFY(!dialog.findChild<QLineEdit*>());
        QSignalSpy answered(&dialog, &SshPromptDialog::answered);
        dialog.findChild<QPushButton*>(QStringLiteral("acceptButton"))->click();
        QCOMPARE(answered.size(), 1);
        QCOMPARE(answered.at(0).at(0).toULongLong(), 7u);
        QVERIFY(answered.at(0).at(1).value<ssh::PromptAnswer>().accepted);
        QVERIFY(!dialog.isVisible());
    }

    void passwordIsHiddenAndClosingMeansNo()
    {
        ssh::Prompt prompt;
        prompt.id = 8;
        prompt.kind = ssh::Prompt::Kind::SudoPassword;
        prompt.text = QStringLiteral("[sudo] password for ops on node2:");
        SshPromptDialog dialog(prompt);
        dialog.open();
        auto* secret = dialog.findChild<QLineEdit*>(QStringLiteral("secret"));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QTest::keyClicks(secret, QStringLiteral("s3cret"));
        QSignalSpy answered(&dialog, &SshPromptDialog::answered);
        dialog.reject();
        QCOMPARE(answered.size(), 1);
        const auto answer = answered.at(0).at(1).value<ssh::PromptAnswer>();
        QVERIFY(!answer.accepted);
        QVERIFY(answer.secret.isEmpty());
        QVERIFY(secret->text().isEmpty());
    }

    void passwordIsAnswered()
    {
        ssh::Prompt prompt;
        prompt.id = 9;
        prompt.kind = ssh::Prompt::Kind::Password;
        SshPromptDialog dialog(prompt);
        dialog.open();
        dialog.findChild<QLineEdit*>(QStringLiteral("secret"))->setText(QStringLiteral("pässwörd"));
        QSignalSpy answered(&dialog, &SshPromptDialog::answered);
        dialog.findChild<QPushButton*>(QStringLiteral("acceptButton"))->click();
        QCOMPARE(answered.size(), 1);
        QCOMPARE(answered.at(0).at(1).value<ssh::PromptAnswer>().secret, QStringLiteral("pässwörd").toUtf8());
    }
};

QTEST_MAIN(TestSshPromptDialog)
#include "tst_sshpromptdialog.moc"
