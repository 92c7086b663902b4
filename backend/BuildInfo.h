#pragma once

#include <QString>

namespace hadesk {

// What this build is and what it runs on, for --version, the about box and bug reports.
struct BuildInfo
{
    static QString version();
    static QString qtVersion();
    static QString libsshVersion();
    static QString summary(); // one line with all of the above
};

} // namespace hadesk
