// ssh_config text from the fuzzer: parsed, every host resolved, and its Host patterns matched.
#include "ssh/SshConfigFile.h"

#include <cstddef>
#include <cstdint>

using hadesk::ssh::SshConfigFile;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto result = SshConfigFile::parseText(text, QStringLiteral("fuzz"));
    for (const auto& host : result.hosts)
        (void)host.hostName.size();
    const QStringList patterns = text.left(200).split(u' ');
    (void)SshConfigFile::hostMatches(patterns, text.mid(200, 64));
    return 0;
}
