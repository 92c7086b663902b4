#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace hadesk {

// Chooses the user interface language at start-up: the one asked for with --lang, else the
// system locale's; installs HAdesk's catalogue and Qt's own for it.
class Language
{
public:
    struct Result
    {
        QString language; // what is in use, e.g. "it"; "en" when untranslated
        QString error;    // set when the requested language has no catalogue
    };

    static Result install(QCoreApplication* app, const QString& requested);
    static QStringList available(); // languages with an embedded catalogue, besides English
};

} // namespace hadesk
