#pragma once

#include <QFile>
#include <QString>

// The captured fixtures under tests/fixtures, for tests of the parsers.
namespace Fixtures {

// path: relative to tests/fixtures, e.g. "haproxy/healthy.stat.csv".
inline QByteArray file(const QString& path)
{
    QFile file(QStringLiteral(HADESK_FIXTURES "/") + path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(path));
    return file.readAll();
}

} // namespace Fixtures
