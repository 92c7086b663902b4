#pragma once

#include <QStringView>

namespace hadesk::ssh {

// OpenSSH's pattern language for one pattern: '*' any run of characters, '?' one character.
bool globMatch(QStringView pattern, QStringView text, Qt::CaseSensitivity cs);

} // namespace hadesk::ssh
