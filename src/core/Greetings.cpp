#include "Greetings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <array>

namespace viptill {

namespace {

class GreetingText
{
    Q_DECLARE_TR_FUNCTIONS(GreetingText)
public:
    static QString birthday() { return tr("Birthday"); }
    static QString pointsReminder() { return tr("Points reminder"); }
    static QString empty() { return tr("The message is empty."); }
    static QString tooLong(int length, int max)
    {
        return tr("The message has %1 characters; at most %2 fit in a text message.")
            .arg(length)
            .arg(max);
    }
    static QString unknownPlaceholder(const QString& p)
    {
        return tr("%1 is not a placeholder; use {name}, {store} and, in a points reminder, "
                  "{points}.")
            .arg(p);
    }
    static QString pointsInGreeting()
    {
        return tr("A greeting does not mention points: {points} belongs in a points reminder.");
    }
    static QString advertising(const QString& words)
    {
        return tr("A greeting must not advertise; remove: %1.").arg(words);
    }
};

// 复姓: the compound surnames met often enough to matter.
constexpr std::array<const char16_t*, 14> CompoundSurnames{
    u"欧阳", u"司马", u"诸葛", u"上官", u"东方", u"皇甫", u"尉迟",
    u"公孙", u"慕容", u"长孙", u"令狐", u"夏侯", u"端木", u"司徒"};

} // namespace

QString messageKindCode(MessageKind kind)
{
    return kind == MessageKind::Greeting ? QStringLiteral("greeting")
                                         : QStringLiteral("points_reminder");
}

std::optional<MessageKind> messageKindFromCode(const QString& code)
{
    for (MessageKind k : {MessageKind::Greeting, MessageKind::PointsReminder}) {
        if (messageKindCode(k) == code)
            return k;
    }
    return std::nullopt;
}

QString festivalOccasion(const QList<Festival>& festivals)
{
    QStringList codes;
    for (Festival f : allFestivals) {
        if (festivals.contains(f))
            codes << festivalCode(f);
    }
    return codes.join(u'+');
}

QStringList messageOccasions()
{
    QStringList occasions;
    for (Festival f : allFestivals)
        occasions << festivalCode(f);
    occasions << festivalOccasion({Festival::MidAutumn, Festival::NationalDay})
              << BirthdayOccasion.toString() << PointsReminderOccasion.toString();
    return occasions;
}

bool isMessageOccasion(const QString& occasion)
{
    return messageOccasions().contains(occasion);
}

QString occasionName(const QString& occasion)
{
    if (occasion == BirthdayOccasion)
        return GreetingText::birthday();
    if (occasion == PointsReminderOccasion)
        return GreetingText::pointsReminder();
    QStringList names;
    for (const QString& code : occasion.split(u'+')) {
        if (const std::optional<Festival> f = festivalFromCode(code))
            names << festivalName(*f);
        else
            names << code;
    }
    return names.join(QStringLiteral(" · "));
}

QString defaultMessageTemplate(const QString& occasion)
{
    // Good wishes and thanks only: no goods, no prices, no invitation to shop.
    static const QList<std::pair<QString, QString>> templates{
        {QStringLiteral("new_year"),
         QStringLiteral("【{store}】{name}，元旦快乐！新的一年，祝您身体健康、万事如意。")},
        {QStringLiteral("spring_festival"),
         QStringLiteral("【{store}】{name}，新春快乐！感谢您一年来的陪伴，祝您和家人阖家幸福、"
                        "万事顺意。")},
        {QStringLiteral("lantern_festival"),
         QStringLiteral("【{store}】{name}，元宵节快乐！愿您花好月圆，团团圆圆。")},
        {QStringLiteral("labour_day"),
         QStringLiteral(
             "【{store}】{name}，劳动节快乐！感谢您的辛勤付出，祝您假期愉快、身体健康。")},
        {QStringLiteral("dragon_boat"),
         QStringLiteral("【{store}】{name}，端午安康！愿您和家人平安喜乐、幸福美满。")},
        {QStringLiteral("mid_autumn"),
         QStringLiteral("【{store}】{name}，中秋快乐！月圆人团圆，祝您和家人幸福安康。")},
        {QStringLiteral("national_day"),
         QStringLiteral("【{store}】{name}，国庆快乐！祝您假期愉快，平安顺遂。")},
        {QStringLiteral("mid_autumn+national_day"),
         QStringLiteral("【{store}】{name}，中秋国庆双节快乐！月圆家圆，祝您和家人幸福安康、"
                        "假期愉快。")},
        {QStringLiteral("birthday"),
         QStringLiteral("【{store}】{name}，祝您生日快乐！感谢您一路相伴，愿您健康快乐、"
                        "心想事成。")},
        {QStringLiteral("points_reminder"),
         QStringLiteral("【{store}】{name}，您的会员积分余额为{points}分，可到服务台兑换礼品，"
                        "欢迎您有空来坐坐。")},
    };
    for (const auto& [code, text] : templates) {
        if (code == occasion)
            return text;
    }
    return {};
}

QStringList advertisingWords()
{
    return {QStringLiteral("折"),   QStringLiteral("优惠"), QStringLiteral("促销"),
            QStringLiteral("特价"), QStringLiteral("特惠"), QStringLiteral("积分"),
            QStringLiteral("兑换"), QStringLiteral("满减"), QStringLiteral("减价"),
            QStringLiteral("降价"), QStringLiteral("清仓"), QStringLiteral("抢购"),
            QStringLiteral("秒杀"), QStringLiteral("新品"), QStringLiteral("上新"),
            QStringLiteral("新款"), QStringLiteral("活动"), QStringLiteral("限时"),
            QStringLiteral("购物"), QStringLiteral("选购"), QStringLiteral("光临"),
            QStringLiteral("到店"), QStringLiteral("券"),   QStringLiteral("赠"),
            QStringLiteral("礼品"), QStringLiteral("低至"), QStringLiteral("包邮"),
            QStringLiteral("http"), QStringLiteral("www.")};
}

QStringList advertisingIn(const QString& text)
{
    QStringList found;
    for (const QString& word : advertisingWords()) {
        if (text.contains(word, Qt::CaseInsensitive))
            found << word;
    }
    return found;
}

std::optional<Error> templateFault(const QString& occasion, const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Error(ErrorCode::InvalidTemplate, GreetingText::empty());
    if (t.size() > MaxMessageLength)
        return Error(ErrorCode::InvalidTemplate,
                     GreetingText::tooLong(static_cast<int>(t.size()), MaxMessageLength));
    static const QRegularExpression placeholder(QStringLiteral("\\{[^}]*\\}"));
    const bool reminder = occasion == PointsReminderOccasion;
    for (const QRegularExpressionMatch& m : placeholder.globalMatch(t)) {
        const QString p = m.captured();
        if (p == u"{points}" && !reminder)
            return Error(ErrorCode::InvalidTemplate, GreetingText::pointsInGreeting());
        if (p != u"{name}" && p != u"{store}" && p != u"{points}")
            return Error(ErrorCode::InvalidTemplate, GreetingText::unknownPlaceholder(p));
    }
    if (!reminder) {
        // {name} and {store} are filled in later: the store's own name must
        // not carry an advertisement in either.
        const QStringList words = advertisingIn(t);
        if (!words.isEmpty())
            return Error(ErrorCode::AdvertisingInGreeting,
                         GreetingText::advertising(words.join(QStringLiteral("、"))));
    }
    return std::nullopt;
}

QString salutation(const QString& name, QChar gender)
{
    const QString n = name.trimmed();
    QString surname = n.left(1);
    for (const char16_t* compound : CompoundSurnames) {
        const QString c = QString::fromUtf16(compound);
        if (n.startsWith(c) && n.size() > c.size()) {
            surname = c;
            break;
        }
    }
    if (surname.isEmpty())
        return QStringLiteral("尊敬的会员");
    return surname + (gender == u'M' ? QStringLiteral("先生") : QStringLiteral("女士"));
}

QString renderMessage(const QString& messageTemplate, const MessageFields& fields)
{
    QString text = messageTemplate.trimmed();
    text.replace(QStringLiteral("{name}"), fields.salutation);
    text.replace(QStringLiteral("{store}"), fields.store);
    text.replace(QStringLiteral("{points}"), QString::number(fields.points));
    return text;
}

QString outboxStatusCode(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Pending:
        return QStringLiteral("pending");
    case OutboxStatus::Exported:
        return QStringLiteral("exported");
    case OutboxStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<OutboxStatus> outboxStatusFromCode(const QString& code)
{
    for (OutboxStatus s :
         {OutboxStatus::Pending, OutboxStatus::Exported, OutboxStatus::Withdrawn}) {
        if (outboxStatusCode(s) == code)
            return s;
    }
    return std::nullopt;
}

} // namespace viptill
