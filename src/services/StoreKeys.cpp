#include "StoreKeys.h"

#include "storage/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <array>
#include <cerrno>
#include <cstring>
#include <sodium.h>
#include <unistd.h>

namespace viptill {

namespace {

// The file's fields and where each key goes.
constexpr std::array<std::pair<const char*, QByteArray StoreKeys::*>, 4> Fields{{
    {"card_mac", &StoreKeys::cardMac},
    {"card_master", &StoreKeys::cardMaster},
    {"audit", &StoreKeys::audit},
    {"personal", &StoreKeys::personal},
}};

bool isServer(const QString& location)
{
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

Error keyFileError(const QString& message)
{
    return Error(ErrorCode::KeyFile, message);
}

} // namespace

QString KeyFile::defaultPath(const QString& storeLocation)
{
    const QString configured = qEnvironmentVariable("VIPTILL_KEYS");
    if (!configured.isEmpty())
        return configured;
    if (!isServer(storeLocation))
        return storeLocation + QStringLiteral(".keys");
    // Beside VipTill's settings file (~/.config/VipTill/VipTill.conf), where
    // IT looks for the till's configuration. Earlier builds kept it one
    // folder deeper; a file there is still found.
    const QString beside = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                           QStringLiteral("/VipTill/viptill.keys");
    const QString earlier = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                            QStringLiteral("/viptill.keys");
    if (!QFileInfo::exists(beside) && QFileInfo::exists(earlier))
        return earlier;
    return beside;
}

Result<StoreKeys> KeyFile::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return keyFileError(tr("The store's key file %1 cannot be read (%2). Every till needs a "
                               "copy of it: ask IT.")
                                .arg(path, file.errorString()));
    QJsonParseError parsed{};
    const QJsonObject json = QJsonDocument::fromJson(file.readAll(), &parsed).object();
    StoreKeys keys;
    for (const auto& [field, member] : Fields) {
        const QByteArray key =
            QByteArray::fromBase64(json.value(QLatin1StringView(field)).toString().toLatin1(),
                                   QByteArray::AbortOnBase64DecodingErrors);
        if (parsed.error != QJsonParseError::NoError || key.size() != StoreKeys::Size)
            return keyFileError(
                tr("The store's key file %1 is damaged (%2 is missing or not a key). Restore "
                   "it from the store's safe copy: cards and records cannot be checked "
                   "without it.")
                    .arg(path, QLatin1StringView(field)));
        keys.*member = key;
    }
    return keys;
}

Result<StoreKeys> KeyFile::create(const QString& path)
{
    if (QFileInfo::exists(path))
        return keyFileError(
            tr("%1 exists already; keys are never replaced, as cards and records written with "
               "them would no longer check.")
                .arg(path));
    if (sodium_init() < 0)
        return keyFileError(tr("No source of random keys is available."));
    StoreKeys keys;
    QJsonObject json{{QStringLiteral("version"), 1}};
    for (const auto& [field, member] : Fields) {
        QByteArray key(StoreKeys::Size, '\0');
        randombytes_buf(key.data(), static_cast<size_t>(key.size()));
        json.insert(QLatin1StringView(field), QString::fromLatin1(key.toBase64()));
        keys.*member = key;
    }
    // Written whole beside the file, then linked into place: the link fails
    // if another program made the file meanwhile, so two tills opening a new
    // store at once never end up with different keys.
    QDir().mkpath(QFileInfo(path).absolutePath());
    QTemporaryFile draft(path + QStringLiteral(".XXXXXX"));
    if (!draft.open() || !draft.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        draft.write(QJsonDocument(json).toJson()) < 0 || !draft.flush())
        return keyFileError(
            tr("The key file %1 cannot be written (%2).").arg(path, draft.errorString()));
    ::fsync(draft.handle());
    if (::link(QFile::encodeName(draft.fileName()).constData(),
               QFile::encodeName(path).constData()) != 0) {
        if (errno == EEXIST)
            return keyFileError(tr("%1 exists already; keys are never replaced, as cards and "
                                   "records written with them would no longer check.")
                                    .arg(path));
        return keyFileError(tr("The key file %1 cannot be written (%2).")
                                .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    return keys;
}

Result<StoreKeys> KeyFile::forStore(const QString& storeLocation)
{
    const QString path = defaultPath(storeLocation);
    if (!QFileInfo::exists(path) && !isServer(storeLocation)) {
        Result<StoreKeys> made = create(path);
        if (made || !QFileInfo::exists(path))
            return made;
        // Another program made it a moment ago: use theirs.
    }
    return load(path);
}

void applyKeys(Store& store, const StoreKeys& keys)
{
    store.setChainKey(keys.audit);
    store.setPersonalKey(keys.personal);
}

} // namespace viptill
