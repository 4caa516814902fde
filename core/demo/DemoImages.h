#pragma once
// Small generated "photos" of evidence for the demo and for simulated edits: a schematic
// shop-floor scene drawn from a seed, JPEG-encoded (PNG if JPEG is unavailable). Deterministic for a seed; no text, so no
// fonts (and no GUI application) are needed.

#include <QByteArray>

namespace score {

QByteArray generateEvidencePhoto(quint64 seed, int width = 400, int height = 300);
// "image/jpeg" or "image/png", whichever generateEvidencePhoto produced.
QString evidencePhotoMimeType(const QByteArray& photo);

}  // namespace score
