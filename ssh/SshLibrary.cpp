#include "ssh/SshLibrary.h"

#include <libssh/libssh.h>

namespace hadesk::ssh {

QString libsshVersion()
{
    return QString::fromLatin1(ssh_version(0));
}

} // namespace hadesk::ssh
