#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

namespace viptill {

class Store;

// The store's secrets, kept in a key file outside the database (a copy of
// the database alone reveals nothing and cannot forge anything):
//   card MAC     — the MAC every member chip carries
//   card master  — from which each chip's MIFARE keys / NTAG password derive
//   audit        — the MAC that chains the audit trail and the points ledger
//   personal     — ID numbers and mobiles are encrypted with it
// Every till and desk of a store holds the same file.
struct StoreKeys
{
    static constexpr qsizetype Size = 32;
    QByteArray cardMac;
    QByteArray cardMaster;
    QByteArray audit;
    QByteArray personal;
};

class KeyFile
{
    Q_DECLARE_TR_FUNCTIONS(KeyFile)
public:
    // $VIPTILL_KEYS, else the file beside a SQLite store (`<file>.keys`),
    // else viptill.keys beside VipTill's settings file (~/.config/VipTill/).
    static QString defaultPath(const QString& storeLocation);

    // Reads a key file; KEY_FILE errors say what is wrong with it.
    static Result<StoreKeys> load(const QString& path);
    // Writes a new key file of fresh random keys, readable by its owner only;
    // refused if the file exists (keys are never replaced by accident).
    static Result<StoreKeys> create(const QString& path);
    // The store's keys. A SQLite store (one till, the demo) gets a key file
    // made beside it the first time; a store of many tills must be given
    // its file (viptillctl keys create, then copied to every till).
    static Result<StoreKeys> forStore(const QString& storeLocation);
};

// Gives a store what it needs of the keys: the audit key to chain with and
// the personal-data key to seal and find ID numbers and mobiles with.
void applyKeys(Store& store, const StoreKeys& keys);

} // namespace viptill
