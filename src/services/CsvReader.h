#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <deque>
#include <memory>

namespace viptill {

// The text of a CSV file as the store's spreadsheets save it, as UTF-8 with
// every line ending in '\n' (CR LF and an old spreadsheet's lone CR too).
// UTF-8 is taken as it is, with or without its byte-order mark; a file that
// is not valid UTF-8 throughout is read as GB18030, which Excel on Chinese
// Windows writes for "CSV (逗号分隔)".
struct CsvText
{
    QByteArray utf8;
    bool fromGb18030 = false;
    // Lines that are GB18030 no more than UTF-8 (left empty in `utf8`, so
    // the other lines keep their numbers).
    QList<int> unreadableLines;
};
CsvText csvText(const QByteArray& bytes);

// One record of the file, with the line it starts on; or, with `problem`
// set and no fields, a line that breaks the quoting rules.
struct CsvRecord
{
    enum class Problem
    {
        None,
        Quoting,      // a quote inside an unquoted field, text after a closing quote
        UnclosedQuote // a quoted field still open at the end of the file
    };
    int line = 0;
    QStringList fields;
    Problem problem = Problem::None;
    QString detail; // libcsv's words for a quoting problem (English)
};

// Reads the records of CsvText::utf8 one at a time with libcsv (RFC 4180,
// strict quoting; empty lines skipped). A line that breaks the quoting is
// handed back as a fault and reading goes on with the next line, so a
// file's every bad line is found, not only its first.
class CsvRecords
{
public:
    explicit CsvRecords(QByteArray utf8);
    ~CsvRecords();
    CsvRecords(const CsvRecords&) = delete;
    CsvRecords& operator=(const CsvRecords&) = delete;

    // The next record, false once the text is read.
    bool next(CsvRecord& record);

private:
    struct Parser;
    void feedLine();
    void finish();

    QByteArray m_text;
    qsizetype m_position = 0;
    bool m_finished = false;
    std::unique_ptr<Parser> m_parser;
    std::deque<CsvRecord> m_ready;
};

} // namespace viptill
