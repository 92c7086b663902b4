// Pacemaker XML from the fuzzer, read as a CIB and as crm_mon output, one after the other.
#include "backend/pacemaker/ClusterStateReader.h"
#include "backend/pacemaker/StatusJson.h"

#include <cstddef>
#include <cstdint>

using namespace hadesk::pcmk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray xml(reinterpret_cast<const char*>(data), qsizetype(size));
    ClusterState state;
    QString error;
    ClusterStateReader::readCib(xml, &state, &error);
    ClusterStateReader::readCrmMon(xml, &state, &error);
    (void)statusJson(state);
    return 0;
}
