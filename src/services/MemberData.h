#pragma once

#include "MemberFileService.h"

#include <QJsonObject>

namespace viptill {

enum class Masked
{
    Yes, // staff see the mobile and ID number masked
    No   // the member's own copy shows them whole
};

// The member file as JSON (`viptillctl member file`, and the heart of the
// export below).
QJsonObject memberFileJson(const MemberFile& file, Masked masked);

// The copy of everything held on a member that the member asked for (PIPL),
// as one JSON document: the file unmasked, every purchase, card, points row
// and gift, and when and by whom it was made. UTF-8, readable by any tool.
QJsonObject memberExportJson(const MemberExport& data);

// Writes the export to `path` whole or not at all, readable by its owner
// only (it holds the person's ID number and mobile); FILE_ERROR otherwise.
Status writeMemberExport(const MemberExport& data, const QString& path);

} // namespace viptill
