#pragma once

#include <QString>

namespace hadesk::ssh {

// The libssh the program runs with, as libssh reports it (for the about box and bug reports).
QString libsshVersion();

} // namespace hadesk::ssh
