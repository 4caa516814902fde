#pragma once
// The cryptography SCORE Desk needs, from libsodium: SHA-256 for content addressing and bundle
// integrity, Ed25519 signatures for bundle authenticity, and (see BundleCipher) Argon2id with
// XChaCha20-Poly1305 for bundles protected by a passphrase.

#include <QByteArray>
#include <QString>

#include <memory>

namespace score::crypto {

// Must succeed before any other call; safe to call many times.
bool initialise();

QByteArray sha256(const QByteArray& data);
QString sha256Hex(const QByteArray& data);

// Incremental SHA-256 for streamed content.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void add(const char* data, qint64 size);
    void add(const QByteArray& data) { add(data.constData(), data.size()); }
    QByteArray digest();  // ends the hash: call once
    QString hexDigest();  // ends the hash: call once

private:
    struct State;
    std::unique_ptr<State> m_state;
};

struct SigningKeys {
    QByteArray publicKey;  // 32 bytes
    QByteArray secretKey;  // 64 bytes
};

SigningKeys generateSigningKeys();
QByteArray sign(const QByteArray& message, const QByteArray& secretKey);
bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey);

// A short, readable fingerprint of a public key for people to compare ("3F9A-…").
QString fingerprint(const QByteArray& publicKey);

}  // namespace score::crypto
