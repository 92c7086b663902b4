// HAProxy's runtime answers from the fuzzer: show info, show stat (CSV) and show servers state,
// each alone and all three together.
#include "backend/haproxy/RuntimeState.h"

#include <cstddef>
#include <cstdint>

using namespace hadesk::haproxy;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    RuntimeState state;
    RuntimeReader::readInfo(text, &state, &error);
    RuntimeReader::readStat(text, &state, &error);
    RuntimeReader::readServersState(text, &state, &error);
    // Cut in three, as if three answers.
    const qsizetype third = text.size() / 3;
    (void)RuntimeReader::readAll(text.left(third), text.mid(third, third), text.mid(2 * third), &error);
    return 0;
}
