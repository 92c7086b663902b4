#pragma once

#include <QStringList>
#include <QStringView>

namespace hadesk::ssh {

// OpenSSH's pattern language for one pattern: '*' any run of characters, '?' one character.
bool globMatch(QStringView pattern, QStringView text, Qt::CaseSensitivity cs);

// A pattern list, as in ssh_config's Host and known_hosts' host field: true if some pattern
// matches and no negated one ("!pattern") does.
bool patternListMatches(const QStringList& patterns, QStringView text, Qt::CaseSensitivity cs);

} // namespace hadesk::ssh
