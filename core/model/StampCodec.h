#pragma once
// Text encodings of a record's sync clock, shared by the workspace file and bundle lines.
//
//   stamps:  "<hlc hex>@<device>[;<field>=<hlc hex>@<device>]…"
//            the first stamp is the record's base: it applies to every field not listed;
//            "_del" and "_res" carry the latest delete and restore.
//   vv:      "<device>=<hlc hex>[,<device>=<hlc hex>]…"
//   lost:    "<field>=<hlc hex>@<device>[;<field>=<hlc hex>@<device>]…", "_life" for the record's
//            life; empty (and then neither stored nor sent) for nearly every record.
//
// <device> is a small number resolved through a DeviceTable: the workspace's sync_device
// table, or the device list in a bundle's manifest.

#include "model/RecordState.h"

#include <QUuid>

#include <optional>

namespace score {

class DeviceTable {
public:
    virtual ~DeviceTable() = default;
    // The number of a device, adding it when new (only the writer side adds).
    virtual int numberOf(const QUuid& device) = 0;
    virtual std::optional<QUuid> deviceAt(int number) const = 0;
};

QString encodeStamps(const RecordState& state, DeviceTable& devices);
QString encodeVersionVector(const VersionVector& vv, DeviceTable& devices);
QString encodeLostStamps(const RecordState& state, DeviceTable& devices);

// Both return false on malformed text or an unknown device number, leaving `state` partly set.
bool decodeStamps(QStringView text, RecordState& state, const DeviceTable& devices);
bool decodeVersionVector(QStringView text, VersionVector& vv, const DeviceTable& devices);
// Also false for more than LostStamps::kMax entries or a field the record's kind does not have.
bool decodeLostStamps(QStringView text, RecordState& state, const DeviceTable& devices);

QString hlcHex(Hlc hlc);
std::optional<Hlc> parseHlcHex(QStringView text);

}  // namespace score
