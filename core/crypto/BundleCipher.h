#pragma once
// Passphrase protection of a whole bundle file: a key derived from the passphrase with
// Argon2id (libsodium crypto_pwhash), then XChaCha20-Poly1305 secretstream over the ZIP in
// 1 MiB chunks. Truncation, reordering or any flipped byte makes decryption fail.
//
// File layout: "SDBUNDLE-ENC" (12 bytes) · version (1) · salt (16) · opslimit (u64 LE) ·
// memlimit (u64 LE) · stream header (24) · chunks of [u32 LE length · ciphertext].

#include "util/Result.h"

#include <QString>

namespace score::crypto {

// True when the file starts with the encrypted-bundle signature.
bool isEncryptedBundle(const QString& path);

struct KdfCost {
    quint64 opsLimit;
    quint64 memLimit;
};
// Argon2id cost for new bundles: libsodium's "moderate" profile (about a second, 256 MiB).
KdfCost defaultKdfCost();
// A light profile for tests only.
KdfCost testKdfCost();

Status encryptFile(const QString& plainPath, const QString& encryptedPath, const QString& passphrase, KdfCost cost);
// Fails with a sentence that names the likely cause (wrong passphrase, damaged file).
Status decryptFile(const QString& encryptedPath, const QString& plainPath, const QString& passphrase, qint64 maxPlainBytes);

}  // namespace score::crypto
