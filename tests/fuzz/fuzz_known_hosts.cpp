// known_hosts text from the fuzzer: the first line names the host to look up, the rest is the file.
#include "ssh/KnownHosts.h"

#include <cstddef>
#include <cstdint>

using hadesk::ssh::HostKey;
using hadesk::ssh::KnownHostsFile;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QString host = QString::fromUtf8(input.left(newline < 0 ? 0 : newline));
    const KnownHostsFile file = KnownHostsFile::parse(input.mid(newline + 1), QStringLiteral("fuzz"));
    const HostKey key{QStringLiteral("ssh-ed25519"), input.right(32)};
    for (const int port : {22, 2222}) {
        const auto result = file.check(host, port, key);
        (void)result.message(host, key);
    }
    (void)KnownHostsFile::fieldMatches(host, QStringLiteral("node1"));
    return 0;
}
