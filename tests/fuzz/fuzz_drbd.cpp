// DRBD's output from the fuzzer: as an events2 stream line by line, as a snapshot, as status
// output merged into it, and as a kernel log about split brains.
#include "backend/drbd/DrbdState.h"

#include <cstddef>
#include <cstdint>

using namespace hadesk::drbd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    Events2Parser stream;
    for (const QByteArray& line : text.split('\n'))
        stream.apply(line, &error);
    const auto snapshot = Events2Parser::readSnapshot(text, &error);
    if (const auto status = Events2Parser::readStatus(text, &error))
        stream.mergeStatistics(*status);
    (void)Events2Parser::unresolvedSplitBrains(text, snapshot ? *snapshot : stream.state());
    return 0;
}
