#include "PersonalData.h"

#include "SqlConnection.h"
#include "core/KeyedHash.h"

#include <sodium.h>

namespace viptill {

namespace {

const auto* bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

} // namespace

void PersonalCipher::setKey(const QByteArray& personalKey)
{
    if (personalKey.isEmpty()) {
        m_sealKey.clear();
        m_lookupKey.clear();
        return;
    }
    // One key from the file, two purposes: never the same bytes for both.
    m_sealKey = hmacSha256(personalKey, "viptill-personal-seal-v1");
    m_lookupKey = hmacSha256(personalKey, "viptill-personal-lookup-v1");
}

void PersonalCipher::requireKey() const
{
    if (!hasKey())
        throw StorageError(StorageError::Kind::Failed,
                           QStringLiteral("this program has no copy of the store's key file, "
                                          "which ID numbers and mobiles are kept with"));
}

QString PersonalCipher::seal(const char* column, const QString& plain) const
{
    if (plain.isEmpty())
        return {};
    requireKey();
    const QByteArray message = plain.toUtf8();
    const QByteArray ad(column);
    QByteArray nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, '\0');
    randombytes_buf(nonce.data(), static_cast<size_t>(nonce.size()));
    QByteArray sealed(message.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(sealed.data()), &length, bytes(message),
        static_cast<unsigned long long>(message.size()), bytes(ad),
        static_cast<unsigned long long>(ad.size()), nullptr, bytes(nonce), bytes(m_sealKey));
    sealed.resize(static_cast<qsizetype>(length));
    return QStringLiteral("pd1:") + QString::fromLatin1((nonce + sealed).toBase64());
}

QString PersonalCipher::open(const char* column, const QString& stored) const
{
    if (!isSealed(stored))
        return stored;
    requireKey();
    const QByteArray raw = QByteArray::fromBase64(stored.mid(4).toLatin1());
    const qsizetype nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    if (raw.size() < nonceSize + static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        throw StorageError(StorageError::Kind::Corrupt,
                           QStringLiteral("a sealed %1 is damaged").arg(QLatin1StringView(column)));
    const QByteArray nonce = raw.left(nonceSize);
    const QByteArray sealed = raw.mid(nonceSize);
    const QByteArray ad(column);
    QByteArray plain(sealed.size(), '\0');
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), &length, nullptr, bytes(sealed),
            static_cast<unsigned long long>(sealed.size()), bytes(ad),
            static_cast<unsigned long long>(ad.size()), bytes(nonce), bytes(m_sealKey)) != 0)
        throw StorageError(StorageError::Kind::Corrupt,
                           QStringLiteral("a sealed %1 does not open with this store's key: "
                                          "altered, or another store's")
                               .arg(QLatin1StringView(column)));
    plain.resize(static_cast<qsizetype>(length));
    return QString::fromUtf8(plain);
}

QString PersonalCipher::lookup(const char* column, const QString& plain) const
{
    requireKey();
    return QString::fromLatin1(
        hmacSha256(m_lookupKey, QByteArray(column) + '|' + plain.toUtf8()).toHex());
}

} // namespace viptill
