#include "app/Language.h"

#include <QDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using hadesk::Language;

class TestLanguage : public QObject
{
    Q_OBJECT

    static void removeTranslators()
    {
        const auto translators = QCoreApplication::instance()->findChildren<QTranslator*>();
        for (QTranslator* translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    static QString quitText()
    {
        return QCoreApplication::translate("hadesk::views::MainWindow", "&Quit");
    }

private Q_SLOTS:
    void cleanup() { removeTranslators(); }

    void embedsEveryCatalogue()
    {
        QCOMPARE(Language::available(),
                 (QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("it"),
                              QStringLiteral("ko")}));
    }

    void switchesByRequest_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("quit");
        QTest::newRow("de") << "de" << "de" << QStringLiteral("&Beenden");
        QTest::newRow("it") << "it" << "it" << QStringLiteral("&Esci");
        QTest::newRow("ko") << "ko_KR" << "ko" << QStringLiteral("종료(&Q)");
        QTest::newRow("en") << "en" << "en" << QStringLiteral("&Quit");
        QTest::newRow("en_GB") << "en_GB" << "en" << QStringLiteral("&Quit");
    }

    void switchesByRequest()
    {
        QFETCH(QString, requested);
        QFETCH(QString, language);
        QFETCH(QString, quit);
        const Language::Result result = Language::install(QCoreApplication::instance(), requested);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.language, language);
        QCOMPARE(quitText(), quit);
    }

    void followsTheSystemLocale()
    {
        // main() sets the process locale to Italian through LANG, as a desktop session would.
        const Language::Result result = Language::install(QCoreApplication::instance(), QString());
        QCOMPARE(result.language, QStringLiteral("it"));
        QCOMPARE(quitText(), QStringLiteral("&Esci"));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        const Language::Result result = Language::install(QCoreApplication::instance(), QStringLiteral("fr"));
        QVERIFY(result.error.contains(QLatin1String("de, en, it, ko")));
        QCOMPARE(result.language, QStringLiteral("en"));
        QCOMPARE(quitText(), QStringLiteral("&Quit"));
        QCOMPARE(QCoreApplication::translate("hadesk::views::MainWindow", "%n cluster(s)", nullptr, 1),
                 QStringLiteral("1 cluster"));
    }

    // A catalogue with untranslated entries would show English in the middle of Korean.
    void cataloguesAreComplete_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(HADESK_SOURCE_DIR "/translations"));
        const QStringList files = dir.entryList({QStringLiteral("*.ts")});
        QCOMPARE(files.size(), 4);
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void cataloguesAreComplete()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"message")
                ++messages;
            if (xml.name() == u"translation") {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                QVERIFY2(type.isEmpty(), qPrintable(QStringLiteral("%1: entry %2 is %3")
                                                        .arg(path).arg(messages).arg(type)));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 40);
    }
};

int main(int argc, char* argv[])
{
    qputenv("LANG", "it_IT.UTF-8");
    qputenv("LC_ALL", "it_IT.UTF-8");
    qputenv("LANGUAGE", "it");
    QCoreApplication app(argc, argv);
    TestLanguage test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_language.moc"
