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

    // The new keys of a cluster's nodes: one dialog lists each node's fingerprint and answers
    // every prompt; a password question does not join it, nor does anything once answered.
    void newHostKeysOfSeveralNodesAreOneDialog()
    {
        const auto hostKey = [](quint64 id, const char* host, const char* fingerprint) {
            ssh::Prompt prompt;
            prompt.id = id;
            prompt.kind = ssh::Prompt::Kind::UnknownHostKey;
            prompt.host = QLatin1String(host);
            prompt.text = QStringLiteral("The authenticity of %1 cannot be established.").arg(prompt.host);
            prompt.fingerprint = QLatin1String(fingerprint);
            return prompt;
        };
        SshPromptDialog dialog(hostKey(1, "node1", "SHA256:one"));
        dialog.open();
        QVERIFY(dialog.addHostKey(hostKey(2, "node2", "SHA256:two")));
        QVERIFY(dialog.addHostKey(hostKey(3, "node3", "SHA256:three")));
        ssh::Prompt password;
        password.id = 4;
        password.kind = ssh::Prompt::Kind::Password;
        QVERIFY(!dialog.addHostKey(password));
        QCOMPARE(dialog.hosts(), (QStringList{QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")}));
        QStringList shown;
        for (const QLabel* label : dialog.findChildren<QLabel*>(QStringLiteral("fingerprint")))
            shown << label->text();
        QCOMPARE(shown, (QStringList{QStringLiteral("SHA256:one"), QStringLiteral("SHA256:two"), QStringLiteral("SHA256:three")}));
        auto* trust = dialog.findChild<QPushButton*>(QStringLiteral("acceptButton"));
        QCOMPARE(trust->text(), QStringLiteral("Trust All and Connect"));
        QSignalSpy answered(&dialog, &SshPromptDialog::answered);
        trust->click();
        QCOMPARE(answered.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(answered.at(i).at(0).toULongLong(), quint64(i + 1));
            QVERIFY(answered.at(i).at(1).value<ssh::PromptAnswer>().accepted);
        }
        QVERIFY(!dialog.addHostKey(hostKey(5, "node4", "SHA256:four")));
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
