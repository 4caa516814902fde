#include "crypto/BundleCipher.h"

#include "crypto/Crypto.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <sodium.h>

namespace score::crypto {

namespace {
struct BundleCipherTr {
    Q_DECLARE_TR_FUNCTIONS(score::BundleCipher)
};

const QByteArray kMagic("SDBUNDLE-ENC");
constexpr char kVersion = 1;
constexpr qint64 kChunk = 1024 * 1024;
// The most a bundle's header may ask of the key derivation. SCORE Desk writes libsodium's
// "moderate" cost (3 passes over 256 MiB); a header may ask for up to twice that memory and
// for "sensitive"'s 4 passes. More comes only from a damaged or hostile file, and would hold
// the app for minutes or take a gigabyte of a small laptop's memory (the fuzzer found 58 passes
// over 592 MiB, then 1 pass over 800 MiB).
constexpr quint64 kMaxOpsLimit = crypto_pwhash_OPSLIMIT_SENSITIVE;
constexpr quint64 kMaxMemLimit = 2 * quint64(crypto_pwhash_MEMLIMIT_MODERATE);

QByteArray u64le(quint64 v)
{
    QByteArray b(8, 0);
    for (int i = 0; i < 8; ++i)
        b[i] = static_cast<char>((v >> (8 * i)) & 0xFF);
    return b;
}

quint64 readU64le(const QByteArray& b, int at)
{
    quint64 v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(b[at + i]);
    return v;
}

bool deriveKey(unsigned char* key, const QString& passphrase, const unsigned char* salt, quint64 ops, quint64 mem)
{
    const QByteArray pass = passphrase.toUtf8();
    return crypto_pwhash(key, crypto_secretstream_xchacha20poly1305_KEYBYTES, pass.constData(),
                         static_cast<unsigned long long>(pass.size()), salt, ops, static_cast<size_t>(mem), crypto_pwhash_ALG_ARGON2ID13)
           == 0;
}
}  // namespace

bool isEncryptedBundle(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(kMagic.size()) == kMagic;
}

KdfCost defaultKdfCost() { return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE}; }
KdfCost testKdfCost() { return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}; }

Status encryptFile(const QString& plainPath, const QString& encryptedPath, const QString& passphrase, KdfCost cost)
{
    initialise();
    if (passphrase.isEmpty())
        return Error::invalid(BundleCipherTr::tr("The passphrase must not be empty."));
    QFile in(plainPath);
    if (!in.open(QIODevice::ReadOnly))
        return Error::io(BundleCipherTr::tr("The bundle could not be read for encryption."));
    QSaveFile out(encryptedPath);
    if (!out.open(QIODevice::WriteOnly))
        return Error::io(BundleCipherTr::tr("%1 cannot be written (%2).").arg(encryptedPath, out.errorString()));

    unsigned char salt[crypto_pwhash_SALTBYTES];
    randombytes_buf(salt, sizeof salt);
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    if (!deriveKey(key, passphrase, salt, cost.opsLimit, cost.memLimit))
        return Error::failed(BundleCipherTr::tr("Not enough memory to protect the bundle with a passphrase."));
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key);
    sodium_memzero(key, sizeof key);

    out.write(kMagic);
    out.write(&kVersion, 1);
    out.write(reinterpret_cast<const char*>(salt), sizeof salt);
    out.write(u64le(cost.opsLimit));
    out.write(u64le(cost.memLimit));
    out.write(reinterpret_cast<const char*>(header), sizeof header);

    QByteArray plain;
    QByteArray cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
    do {
        plain = in.read(kChunk);
        const bool last = in.atEnd();
        unsigned long long cipherLength = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char*>(cipher.data()), &cipherLength,
                                                   reinterpret_cast<const unsigned char*>(plain.constData()),
                                                   static_cast<unsigned long long>(plain.size()), nullptr, 0,
                                                   last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        const auto length = static_cast<quint32>(cipherLength);
        QByteArray lengthBytes(4, 0);
        for (int i = 0; i < 4; ++i)
            lengthBytes[i] = static_cast<char>((length >> (8 * i)) & 0xFF);
        out.write(lengthBytes);
        out.write(cipher.constData(), static_cast<qint64>(cipherLength));
        if (last)
            break;
    } while (true);
    if (!out.commit())
        return Error::io(BundleCipherTr::tr("The encrypted bundle could not be written; is the disk full? (%1)").arg(out.errorString()));
    return {};
}

Status decryptFile(const QString& encryptedPath, const QString& plainPath, const QString& passphrase, qint64 maxPlainBytes)
{
    initialise();
    QFile in(encryptedPath);
    if (!in.open(QIODevice::ReadOnly))
        return Error::io(BundleCipherTr::tr("The bundle cannot be read (%1).").arg(in.errorString()));
    const int headerSize = static_cast<int>(kMagic.size()) + 1 + crypto_pwhash_SALTBYTES + 16
                           + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    const QByteArray head = in.read(headerSize);
    if (head.size() != headerSize || !head.startsWith(kMagic))
        return Error::invalid(BundleCipherTr::tr("The bundle is damaged (its encryption header is incomplete)."));
    if (head[kMagic.size()] != kVersion)
        return Error::newer(BundleCipherTr::tr("The bundle is protected in a way this SCORE Desk does not know; update to read it."));
    int at = static_cast<int>(kMagic.size()) + 1;
    const auto* salt = reinterpret_cast<const unsigned char*>(head.constData() + at);
    at += crypto_pwhash_SALTBYTES;
    const quint64 ops = readU64le(head, at);
    const quint64 mem = readU64le(head, at + 8);
    at += 16;
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > kMaxOpsLimit || mem < crypto_pwhash_MEMLIMIT_MIN || mem > kMaxMemLimit)
        return Error::invalid(BundleCipherTr::tr("The bundle is damaged or hostile (its key parameters are out of range)."));
    if (passphrase.isEmpty())
        return Error::invalid(BundleCipherTr::tr("This bundle is protected by a passphrase; give it to open the bundle."));

    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    if (!deriveKey(key, passphrase, salt, ops, mem))
        return Error::failed(BundleCipherTr::tr("Not enough memory to open the passphrase-protected bundle."));
    crypto_secretstream_xchacha20poly1305_state state;
    const int init = crypto_secretstream_xchacha20poly1305_init_pull(&state, reinterpret_cast<const unsigned char*>(head.constData() + at),
                                                                     key);
    sodium_memzero(key, sizeof key);
    if (init != 0)
        return Error::invalid(BundleCipherTr::tr("The bundle is damaged (its encryption header is invalid)."));

    QFile out(plainPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::io(BundleCipherTr::tr("A temporary file cannot be written (%1).").arg(out.errorString()));
    QByteArray plain(kChunk, Qt::Uninitialized);
    qint64 total = 0;
    bool first = true;
    for (;;) {
        const QByteArray lengthBytes = in.read(4);
        if (lengthBytes.size() != 4)
            return Error::invalid(BundleCipherTr::tr("The bundle is incomplete: it was cut off while being copied."));
        quint32 length = 0;
        for (int i = 3; i >= 0; --i)
            length = (length << 8) | static_cast<unsigned char>(lengthBytes[i]);
        if (length < crypto_secretstream_xchacha20poly1305_ABYTES || length > kChunk + crypto_secretstream_xchacha20poly1305_ABYTES)
            return Error::invalid(BundleCipherTr::tr("The bundle is damaged (a block has an impossible size)."));
        const QByteArray cipher = in.read(length);
        if (cipher.size() != static_cast<qsizetype>(length))
            return Error::invalid(BundleCipherTr::tr("The bundle is incomplete: it was cut off while being copied."));
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, reinterpret_cast<unsigned char*>(plain.data()), &plainLength, &tag,
                                                       reinterpret_cast<const unsigned char*>(cipher.constData()), cipher.size(), nullptr,
                                                       0)
            != 0) {
            return Error::invalid(first ? BundleCipherTr::tr("The passphrase is wrong, or the bundle is damaged.")
                                        : BundleCipherTr::tr("The bundle is damaged (a protected block does not verify)."));
        }
        first = false;
        total += static_cast<qint64>(plainLength);
        if (total > maxPlainBytes)
            return Error::invalid(BundleCipherTr::tr("The bundle is larger than SCORE Desk accepts."));
        if (out.write(plain.constData(), static_cast<qint64>(plainLength)) != static_cast<qint64>(plainLength))
            return Error::io(BundleCipherTr::tr("A temporary file cannot be written; is the disk full?"));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
    }
    if (!in.atEnd())
        return Error::invalid(BundleCipherTr::tr("The bundle is damaged (it has data after its end)."));
    return {};
}

}  // namespace score::crypto
