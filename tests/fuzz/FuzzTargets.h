#pragma once
// What each fuzz target feeds untrusted bytes into. Shared by the libFuzzer executables (clang)
// and by a regular test that replays every input once kept as a regression (any compiler).

#include <cstddef>
#include <cstdint>

namespace score::fuzz {

// A whole *.scorebundle file: archive checks, manifest, signature, every record and blob.
void bundleFile(const uint8_t* data, size_t size);
// The archive and manifest checks of a bundle file, without walking its records: the fast
// half of bundleFile for long runs.
void bundleArchive(const uint8_t* data, size_t size);
// A changes.jsonl stream: cut into lines at chunk boundaries chosen by the first byte; aborts if
// the lines handed out differ from the input's lines.
void changesStream(const uint8_t* data, size_t size);
// One line of changes.jsonl, against a manifest naming three devices.
void recordLine(const uint8_t* data, size_t size);
// A content file: the first byte (modulo 4) names the parser, the rest is the file.
enum class ContentKind : uint8_t { Template = 0, Kpis = 1, Modules = 2, Countries = 3 };
void contentFile(const uint8_t* data, size_t size);
// A bundle manifest.
void manifest(const uint8_t* data, size_t size);
// A spreadsheet file (XLSX, CSV, or anything else), read as readSheetFile reads a file the
// user chose; aborts if a table read breaks the readers' promises (trimmed rows, limits kept).
void sheetFile(const uint8_t* data, size_t size);

}  // namespace score::fuzz
