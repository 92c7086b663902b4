#include "app/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

namespace hadesk {
namespace {

const QString kCatalogueDir = QStringLiteral(":/i18n");

} // namespace

QStringList Language::available()
{
    static const QRegularExpression pattern(QStringLiteral("^hadesk_([a-z]{2,3})\\.qm$"));
    QStringList languages;
    const QStringList files = QDir(kCatalogueDir).entryList({QStringLiteral("hadesk_*.qm")});
    for (const QString& file : files) {
        const auto match = pattern.match(file);
        if (match.hasMatch())
            languages << match.captured(1);
    }
    return languages;
}

Language::Result Language::install(QCoreApplication* app, const QString& requested)
{
    Result result;
    QLocale locale = QLocale::system();
    if (!requested.isEmpty()) {
        locale = QLocale(requested);
        if (locale.language() == QLocale::C ||
            !available().contains(QLocale::languageToCode(locale.language()))) {
            result.error = QCoreApplication::translate("hadesk::Language",
                                                       "No translation for '%1'; available: %2")
                               .arg(requested, available().join(QLatin1String(", ")));
            locale = QLocale(QLocale::English);
        }
    }
    QLocale::setDefault(locale);

    auto* ours = new QTranslator(app);
    // Untranslated languages get English, whose catalogue holds the plural forms ("1 cluster").
    if (!ours->load(locale, QStringLiteral("hadesk"), QStringLiteral("_"), kCatalogueDir)) {
        locale = QLocale(QLocale::English);
        if (!ours->load(locale, QStringLiteral("hadesk"), QStringLiteral("_"), kCatalogueDir)) {
            delete ours;
            result.language = QStringLiteral("en");
            return result;
        }
    }
    QCoreApplication::installTranslator(ours);
    result.language = ours->language().section(u'_', 0, 0);
    // Qt's own strings (standard buttons, command-line help) in the same language.
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return result;
}

} // namespace hadesk
