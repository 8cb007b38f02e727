#include "MessageSender.h"

#include <QFileInfo>
#include <QSaveFile>

namespace viptill {

namespace {

QByteArray quoted(const QString& field)
{
    QByteArray utf8 = field.toUtf8();
    utf8.replace('"', "\"\"");
    return '"' + utf8 + '"';
}

} // namespace

QString CsvOutboxFile::batchName() const
{
    return QFileInfo(m_path).fileName();
}

QByteArray CsvOutboxFile::csv(const QList<OutboxMessage>& messages)
{
    QByteArray out = "mobile,text\r\n";
    for (const OutboxMessage& m : messages)
        out += m.mobile.toUtf8() + ',' + quoted(m.text) + "\r\n";
    return out;
}

Status CsvOutboxFile::send(const QList<OutboxMessage>& messages)
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::FileError,
                     tr("The SMS file %1 cannot be written: %2").arg(m_path, file.errorString()));
    const QByteArray text = csv(messages);
    if (file.write(text) != text.size() || !file.commit())
        return Error(ErrorCode::FileError,
                     tr("The SMS file %1 cannot be written: %2").arg(m_path, file.errorString()));
    return success();
}

} // namespace viptill
