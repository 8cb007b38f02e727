#pragma once

#include <QByteArray>
#include <QString>

namespace viptill {

// ID numbers and mobiles at rest (China's PIPL): each is stored encrypted
// (XChaCha20-Poly1305, a random nonce each time, the column as associated
// data) and found through a keyed hash of it (HMAC-SHA256), both with keys
// derived from the personal-data key of the store's key file, which the
// database never holds. A copy of the database alone shows no ID number and
// no mobile, and cannot be searched for one.
class PersonalCipher
{
public:
    void setKey(const QByteArray& personalKey);
    bool hasKey() const { return !m_sealKey.isEmpty(); }

    // "pd1:" and base64 of nonce and ciphertext. An empty value stays empty
    // (an erased member's).
    QString seal(const char* column, const QString& plain) const;
    // The value of a sealed text; text not sealed by this (empty, or from
    // before the key was given) is returned as it is.
    QString open(const char* column, const QString& stored) const;
    // The lookup hash of a value (hex), the same for the same value always.
    QString lookup(const char* column, const QString& plain) const;

    static bool isSealed(const QString& stored) { return stored.startsWith(u"pd1:"); }

private:
    void requireKey() const;

    QByteArray m_sealKey;
    QByteArray m_lookupKey;
};

} // namespace viptill
