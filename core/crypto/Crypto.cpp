#include "crypto/Crypto.h"

#include <sodium.h>

namespace score::crypto {

bool initialise()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QByteArray sha256(const QByteArray& data)
{
    initialise();
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(out.data()), reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<unsigned long long>(data.size()));
    return out;
}

QString sha256Hex(const QByteArray& data) { return QString::fromLatin1(sha256(data).toHex()); }

struct Sha256::State {
    crypto_hash_sha256_state state;
};

Sha256::Sha256() : m_state(std::make_unique<State>())
{
    initialise();
    crypto_hash_sha256_init(&m_state->state);
}

Sha256::~Sha256() = default;

void Sha256::add(const char* data, qint64 size)
{
    crypto_hash_sha256_update(&m_state->state, reinterpret_cast<const unsigned char*>(data),
                              static_cast<unsigned long long>(size));
}

QString Sha256::hexDigest()
{
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256_final(&m_state->state, reinterpret_cast<unsigned char*>(out.data()));
    return QString::fromLatin1(out.toHex());
}

SigningKeys generateSigningKeys()
{
    initialise();
    SigningKeys keys;
    keys.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    keys.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(keys.publicKey.data()),
                        reinterpret_cast<unsigned char*>(keys.secretKey.data()));
    return keys;
}

QByteArray sign(const QByteArray& message, const QByteArray& secretKey)
{
    initialise();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char*>(secretKey.constData()));
    return signature;
}

bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey)
{
    initialise();
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData()))
           == 0;
}

QString fingerprint(const QByteArray& publicKey)
{
    const QByteArray hex = sha256(publicKey).toHex().toUpper().left(16);
    QString out;
    for (int i = 0; i < hex.size(); i += 4) {
        if (!out.isEmpty())
            out += u'-';
        out += QString::fromLatin1(hex.mid(i, 4));
    }
    return out;
}

}  // namespace score::crypto
