#include "CsvReader.h"

#include <QStringDecoder>
#include <algorithm>
#include <csv.h>

namespace viptill {

namespace {

constexpr qsizetype Chunk = 1 << 20; // decoded a megabyte at a time

bool isUtf8(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    for (qsizetype at = 0; at < bytes.size() && !utf8.hasError(); at += Chunk)
        (void)QString(utf8.decode(bytes.sliced(at, std::min(Chunk, bytes.size() - at))));
    return !utf8.hasError();
}

// GB18030 never has 0x0A in a character of several bytes, so text cut
// after a line end is cut between characters.
QByteArray gb18030ToUtf8(const QByteArray& lines, int firstLine, QList<int>& unreadable)
{
    QByteArray utf8;
    utf8.reserve(lines.size() + lines.size() / 2);
    for (qsizetype at = 0; at < lines.size();) {
        qsizetype end = lines.indexOf('\n', std::min(at + Chunk, lines.size() - 1));
        end = end < 0 ? lines.size() : end + 1;
        const QByteArrayView chunk = QByteArrayView(lines).sliced(at, end - at);
        QStringDecoder whole("GB18030");
        const QString text = whole.decode(chunk);
        if (!whole.hasError()) {
            utf8 += text.toUtf8();
        } else {
            // Find the lines to blame; each is left empty.
            int line = firstLine + static_cast<int>(QByteArrayView(lines).first(at).count('\n'));
            for (qsizetype from = 0; from < chunk.size(); ++line) {
                qsizetype to = chunk.indexOf('\n', from);
                to = to < 0 ? chunk.size() : to + 1;
                QStringDecoder one("GB18030");
                const QString decoded = one.decode(chunk.sliced(from, to - from));
                if (one.hasError()) {
                    unreadable << line;
                    utf8 += '\n';
                } else {
                    utf8 += decoded.toUtf8();
                }
                from = to;
            }
        }
        at = end;
    }
    return utf8;
}

} // namespace

CsvText csvText(const QByteArray& bytes)
{
    CsvText text;
    text.utf8 = bytes;
    // Lines end in LF, CR LF or (old spreadsheets) a lone CR: count them all.
    // CR and LF are never part of a longer character in UTF-8 or GB18030.
    text.utf8.replace("\r\n", "\n");
    text.utf8.replace('\r', '\n');
    if (!isUtf8(text.utf8)) {
        text.fromGb18030 = true;
        text.utf8 = gb18030ToUtf8(text.utf8, 1, text.unreadableLines);
    }
    if (text.utf8.startsWith("\xEF\xBB\xBF"))
        text.utf8.remove(0, 3); // the byte-order mark spreadsheet programs write
    return text;
}

struct CsvRecords::Parser
{
    csv_parser parser{};
    std::deque<CsvRecord>* ready = nullptr;
    QStringList current;
    int physicalLine = 1;
    // The line the record being read began on: a quoted field may run over
    // several lines.
    int recordLine = 0;
    bool inRecord = false;

    explicit Parser(std::deque<CsvRecord>* out)
        : ready(out)
    {
        csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI);
    }
    ~Parser() { csv_free(&parser); }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;

    void restart()
    {
        csv_free(&parser);
        csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI);
        current.clear();
        inRecord = false;
    }

    static void onField(void* field, size_t length, void* self)
    {
        auto* p = static_cast<Parser*>(self);
        p->current << QString::fromUtf8(static_cast<const char*>(field),
                                        static_cast<qsizetype>(length));
    }
    static void onRecordEnd(int, void* self)
    {
        auto* p = static_cast<Parser*>(self);
        p->ready->push_back({p->recordLine, std::move(p->current), CsvRecord::Problem::None, {}});
        p->current = QStringList();
        p->inRecord = false;
    }
};

CsvRecords::CsvRecords(QByteArray utf8)
    : m_text(std::move(utf8))
    , m_parser(std::make_unique<Parser>(&m_ready))
{}

CsvRecords::~CsvRecords() = default;

bool CsvRecords::next(CsvRecord& record)
{
    while (m_ready.empty() && !m_finished) {
        if (m_position < m_text.size())
            feedLine();
        else
            finish();
    }
    if (m_ready.empty())
        return false;
    record = std::move(m_ready.front());
    m_ready.pop_front();
    return true;
}

void CsvRecords::feedLine()
{
    qsizetype end = m_text.indexOf('\n', m_position);
    end = end < 0 ? m_text.size() : end + 1;
    const QByteArrayView line = QByteArrayView(m_text).sliced(m_position, end - m_position);
    Parser& p = *m_parser;
    // libcsv skips a line of nothing but spaces and tabs (its own notion of
    // space); any other line outside a record begins one.
    const bool blank = std::all_of(line.begin(), line.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    });
    if (!p.inRecord && !blank) {
        p.inRecord = true;
        p.recordLine = p.physicalLine;
    }
    const auto length = static_cast<size_t>(line.size());
    if (csv_parse(&p.parser, line.data(), length, &Parser::onField, &Parser::onRecordEnd, &p) !=
        length) {
        m_ready.push_back({p.physicalLine,
                           {},
                           CsvRecord::Problem::Quoting,
                           QString::fromUtf8(csv_strerror(csv_error(&p.parser)))});
        p.restart(); // and read on from the next line
    }
    m_position = end;
    ++p.physicalLine;
}

void CsvRecords::finish()
{
    m_finished = true;
    Parser& p = *m_parser;
    if (csv_fini(&p.parser, &Parser::onField, &Parser::onRecordEnd, &p) != 0)
        m_ready.push_back({p.recordLine, {}, CsvRecord::Problem::UnclosedQuote, {}});
}

} // namespace viptill
