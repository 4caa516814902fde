#include "crypto/Crypto.h"

#include <openssl/evp.h>
#include <sodium.h>

namespace score::crypto {

bool initialise()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

// SHA-256 comes from OpenSSL, not libsodium: OpenSSL uses the processor's SHA extensions where they
// exist, and every bundle's records (hundreds of MiB on a large workspace) are hashed at each
// export and import — libsodium's portable code took a quarter of a re-import.
QByteArray sha256(const QByteArray& data)
{
    Sha256 hash;
    hash.add(data.constData(), data.size());
    return hash.digest();
}

QString sha256Hex(const QByteArray& data) { return QString::fromLatin1(sha256(data).toHex()); }

struct Sha256::State {
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    ~State() { EVP_MD_CTX_free(context); }
};

Sha256::Sha256() : m_state(std::make_unique<State>())
{
    if (!m_state->context || EVP_DigestInit_ex(m_state->context, EVP_sha256(), nullptr) != 1)
        qFatal("SHA-256 is not available from OpenSSL");
}

Sha256::~Sha256() = default;

void Sha256::add(const char* data, qint64 size) { EVP_DigestUpdate(m_state->context, data, static_cast<size_t>(size)); }

QByteArray Sha256::digest()
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_state->context, reinterpret_cast<unsigned char*>(out.data()), &length);
    out.truncate(static_cast<qsizetype>(length));
    return out;
}

QString Sha256::hexDigest() { return QString::fromLatin1(digest().toHex()); }

SigningKeys generateSigningKeys()
{
    initialise();
    SigningKeys keys;
    keys.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    keys.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(keys.publicKey.data()), reinterpret_cast<unsigned char*>(keys.secretKey.data()));
    return keys;
}

QByteArray sign(const QByteArray& message, const QByteArray& secretKey)
{
    initialise();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()), static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char*>(secretKey.constData()));
    return signature;
}

bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey)
{
    initialise();
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char*>(signature.constData()), reinterpret_cast<const unsigned char*>(message.constData()),
               static_cast<unsigned long long>(message.size()), reinterpret_cast<const unsigned char*>(publicKey.constData()))
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
