#pragma once

#include <QPalette>
#include <QString>
#include <QStringList>

namespace hadesk::views {

// The console follows the desktop's palette. These are for when the desktop has none to give
// (a bare X server, a screenshot for the README) or the operator wants the other one: hadesk
// --palette dark|light.
class ColourScheme
{
public:
    static QStringList names(); // desktop, light, dark
    static QPalette dark();
    static QPalette light();
    // Switches the whole application (the Fusion style renders any palette faithfully);
    // "desktop" leaves it as it is. False for an unknown name.
    static bool apply(const QString& name);
};

} // namespace hadesk::views
