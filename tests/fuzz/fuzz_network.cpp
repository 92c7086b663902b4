// What nodes say about their networks, from the fuzzer: ip -j addr, the link speeds, ss,
// corosync-cmapctl, an HAProxy configuration's frontends and drbdadm dump-xml.
#include "backend/network/NetworkModel.h"
#include "backend/network/NodeServices.h"

#include <cstddef>
#include <cstdint>

using namespace hadesk::net;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    QList<Interface> interfaces;
    NetworkReader::readAddresses(text, &interfaces, &error);
    NetworkReader::readSpeeds(text, &interfaces);
    (void)NetworkReader::read(QStringLiteral("node1"), text, text, &error);
    (void)ServiceReader::readListeners(text);
    (void)ServiceReader::readClusterLinks(text);
    (void)ServiceReader::readFrontends(text);
    (void)ServiceReader::readReplicationLinks(text);
    (void)ServiceReader::read(QStringLiteral("node1"), text);
    return 0;
}
