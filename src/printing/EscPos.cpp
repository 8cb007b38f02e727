#include "EscPos.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <initializer_list>

namespace viptill {

namespace {

constexpr char Esc = 0x1B;
constexpr char Fs = 0x1C;
constexpr char Gs = 0x1D;
constexpr char Lf = 0x0A;

// Font A is 12 dots wide, so 32 columns are the 384 dots of 58 mm paper and
// 48 columns the 576 dots of 80 mm paper.
constexpr int DotsPerColumn = 12;
constexpr int BarcodeHeightDots = 60;
constexpr int BarcodeModuleDots = 2;
// A scanner needs ten blank modules either side of a CODE128 symbol.
constexpr int QuietZoneModules = 10;
// GS k's length is one byte and counts the "{B" prefix and escapes.
constexpr qsizetype MaxBarcodeBytes = 255;
constexpr char Code128 = 73;
constexpr char PartialCutWithFeed = 66;
constexpr char FeedLinesBeforeCut = 4;

void append(QByteArray& out, std::initializer_list<char> bytes)
{
    for (const char b : bytes)
        out.append(b);
}

// CODE128 set B: start, one symbol a character, check symbol (11 modules
// each) and the 13-module stop.
int code128Modules(qsizetype characters)
{
    return static_cast<int>(11 * (characters + 2) + 13);
}

// ESC a n: 0 left, 1 centre, 2 right.
char alignCode(ReceiptLine::Align align)
{
    switch (align) {
    case ReceiptLine::Left:
        return 0;
    case ReceiptLine::Centre:
        return 1;
    case ReceiptLine::Right:
        return 2;
    }
    return 0;
}

class EscPosWriter
{
public:
    explicit EscPosWriter(int columns)
        : m_columns(columns)
        , m_encoder("GB18030")
    {
        append(m_out, {Esc, '@'}); // initialise: left, not bold, normal size
        // Chinese character mode, so GB18030 double-byte codes print as 汉字.
        append(m_out, {Fs, '&'});
    }

    void line(const ReceiptLine& line)
    {
        switch (line.kind) {
        case ReceiptLine::Text:
        case ReceiptLine::Rule:
            style(line.align, line.bold, line.large);
            m_out += encode(line.text);
            m_out.append(Lf);
            return;
        case ReceiptLine::Feed:
            m_out.append(Lf);
            return;
        case ReceiptLine::Barcode:
            barcode(line);
            return;
        }
    }

    QByteArray finish()
    {
        append(m_out, {Esc, 'd', FeedLinesBeforeCut}); // the last row past the cutter
        append(m_out, {Gs, 'V', PartialCutWithFeed, 0});
        return std::move(m_out);
    }

private:
    // Only what changes is sent: a receipt of fifty rows stays small on a
    // 9600-baud serial printer.
    void style(ReceiptLine::Align align, bool bold, bool large)
    {
        if (align != m_align) {
            append(m_out, {Esc, 'a', alignCode(align)});
            m_align = align;
        }
        if (bold != m_bold) {
            append(m_out, {Esc, 'E', static_cast<char>(bold ? 1 : 0)});
            m_bold = bold;
        }
        if (large != m_large) {
            append(m_out, {Gs, '!', static_cast<char>(large ? 0x11 : 0x00)});
            m_large = large;
        }
    }

    void barcode(const ReceiptLine& line)
    {
        const QString& data = line.text;
        QByteArray payload("{B");
        bool setB = !data.isEmpty();
        for (const QChar c : data) {
            if (c.unicode() < 0x20 || c.unicode() > 0x7E) {
                setB = false;
                break;
            }
            if (c == u'{')
                payload.append('{'); // "{{" is a literal brace, "{B" a code set
            payload.append(static_cast<char>(c.unicode()));
        }
        // Two dots a module scans best, but 17 characters at two dots are
        // wider than 58 mm paper; a printer silently drops a barcode that does
        // not fit, so narrow paper gets one-dot modules.
        const int modules = code128Modules(data.size()) + 2 * QuietZoneModules;
        const int printable = m_columns * DotsPerColumn;
        const int moduleDots = modules * BarcodeModuleDots <= printable ? BarcodeModuleDots : 1;
        if (!setB || payload.size() > MaxBarcodeBytes || modules > printable) {
            // Not printable as CODE128: the number as text still lets staff
            // type it in.
            style(ReceiptLine::Centre, false, false);
            m_out += encode(data);
            m_out.append(Lf);
            return;
        }
        style(ReceiptLine::Centre, false, false);
        append(m_out, {Gs, 'h', static_cast<char>(BarcodeHeightDots)});
        append(m_out, {Gs, 'w', static_cast<char>(moduleDots)});
        append(m_out, {Gs, 'H', 2}); // the number printed below the bars
        append(m_out, {Gs, 'k', Code128, static_cast<char>(payload.size())});
        m_out += payload;
    }

    QByteArray encode(QString text)
    {
        // A control character in the text would be read as a command.
        for (QChar& c : text) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                c = u' ';
        }
        if (m_encoder.isValid())
            return m_encoder.encode(text);
        // Qt built without ICU has no GB18030: print what ASCII can, so the
        // amounts and numbers still come out.
        QByteArray ascii;
        for (const QChar c : text)
            ascii.append(c.unicode() < 0x80 ? static_cast<char>(c.unicode()) : '?');
        return ascii;
    }

    int m_columns;
    QStringEncoder m_encoder;
    QByteArray m_out;
    ReceiptLine::Align m_align = ReceiptLine::Left;
    bool m_bold = false;
    bool m_large = false;
};

class EscPosReader
{
public:
    explicit EscPosReader(const QByteArray& bytes)
        : m_bytes(bytes)
    {}

    QStringList rows()
    {
        while (m_at < m_bytes.size()) {
            const char b = m_bytes.at(m_at);
            if (b == Lf) {
                endRow();
                ++m_at;
            } else if (b == Esc) {
                escape();
            } else if (b == Fs) {
                fs();
            } else if (b == Gs) {
                gs();
            } else {
                m_text.append(b);
                ++m_at;
            }
        }
        if (!m_text.isEmpty())
            endRow();
        return m_rows;
    }

private:
    // Byte `offset` after the current one, 0 past the end of a cut-off job.
    unsigned char peek(qsizetype offset) const
    {
        const qsizetype at = m_at + offset;
        return at < m_bytes.size() ? static_cast<unsigned char>(m_bytes.at(at)) : 0;
    }

    void endRow()
    {
        QStringDecoder decoder("GB18030");
        m_rows << (decoder.isValid() ? QString(decoder.decode(m_text))
                                     : QString::fromLatin1(m_text));
        m_text.clear();
    }

    void escape()
    {
        switch (peek(1)) {
        case 'a': // alignment
        case 'E': // bold
        case 'd': // feed n lines
        case '!': // print mode
        case '-': // underline
            m_at += 3;
            return;
        default: // ESC @ and anything else without a parameter
            m_at += 2;
            return;
        }
    }

    void fs()
    {
        m_at += peek(1) == '!' ? 3 : 2; // FS & and FS . have no parameter
    }

    void gs()
    {
        switch (peek(1)) {
        case 'V': {
            const unsigned char m = peek(2);
            m_at += (m == 65 || m == 66) ? 4 : 3;
            return;
        }
        case 'k':
            barcode();
            return;
        default: // GS ! h w H f: one parameter
            m_at += 3;
            return;
        }
    }

    void barcode()
    {
        if (!m_text.isEmpty())
            endRow();
        const unsigned char system = peek(2);
        if (system < 65) {
            // The old NUL-terminated form: not written by encodeEscPos.
            const qsizetype end = m_bytes.indexOf('\0', m_at + 3);
            m_at = end < 0 ? m_bytes.size() : end + 1;
            return;
        }
        const qsizetype length = peek(3);
        QByteArray data = m_bytes.mid(m_at + 4, length);
        m_at += 4 + length;
        // Code set selections ("{A", "{B", "{C") are not data; "{{" is a brace.
        QByteArray shown;
        for (qsizetype i = 0; i < data.size(); ++i) {
            if (data.at(i) == '{' && i + 1 < data.size()) {
                ++i;
                if (data.at(i) == '{')
                    shown.append('{');
                continue;
            }
            shown.append(data.at(i));
        }
        m_rows << QStringLiteral("[CODE128 %1]").arg(QString::fromLatin1(shown));
    }

    const QByteArray& m_bytes;
    qsizetype m_at = 0;
    QByteArray m_text;
    QStringList m_rows;
};

} // namespace

QByteArray encodeEscPos(const ReceiptDocument& document)
{
    EscPosWriter writer(document.columns);
    for (const ReceiptLine& line : document.lines)
        writer.line(line);
    return writer.finish();
}

QStringList decodeEscPosText(const QByteArray& escpos)
{
    return EscPosReader(escpos).rows();
}

} // namespace viptill
