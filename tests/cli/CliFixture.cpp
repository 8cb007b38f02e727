#include "CliFixture.h"

#include "services/StaffService.h"
#include "services/StoreKeys.h"
#include "storage/Store.h"

#include <QJsonDocument>
#include <QProcess>

namespace viptill::test {

QString CtlRun::code() const
{
    return json[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString();
}

CtlRun runCtl(const QString& location, const QString& keyFile, const QStringList& args,
              const QString& now, const std::optional<StaffLogIn>& staff, const QString& lang)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VIPTILL_DB"), location);
    env.insert(QStringLiteral("VIPTILL_KEYS"), keyFile);
    env.insert(QStringLiteral("VIPTILL_NOW"), now);
    env.insert(QStringLiteral("VIPTILL_LANG"), lang);
    env.remove(QStringLiteral("VIPTILL_STAFF"));
    env.remove(QStringLiteral("VIPTILL_PIN"));
    if (staff) {
        env.insert(QStringLiteral("VIPTILL_STAFF"), staff->number);
        env.insert(QStringLiteral("VIPTILL_PIN"), staff->pin);
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VIPTILLCTL_PATH), args);
    EXPECT_TRUE(p.waitForFinished(60000));
    CtlRun r;
    r.exit = p.exitCode();
    r.out = p.readAllStandardOutput();
    QJsonParseError error{};
    r.json = QJsonDocument::fromJson(r.out, &error).object();
    EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    EXPECT_TRUE(r.out.endsWith('\n'));
    EXPECT_EQ(r.out.count('\n'), 1) << "one JSON object on one line";
    return r;
}

void addStaff(const QString& location, const QString& keyFile)
{
    std::unique_ptr<Store> store = openStore(location);
    const Result<StoreKeys> keys = KeyFile::load(keyFile);
    ASSERT_TRUE(keys.ok());
    applyKeys(*store, *keys);
    FixedClock clock(QDateTime(QDate(2026, 1, 5), QTime(9, 0)));
    ServiceContext ctx{*store, clock, QStringLiteral("T01")};
    StaffService staff(ctx);
    for (const auto& [who, name, role] :
         {std::tuple{Cashier, QStringLiteral("王丽"), StaffRole::Cashier},
          std::tuple{Desk, QStringLiteral("陈静"), StaffRole::ServiceDesk},
          std::tuple{Manager, QStringLiteral("李强"), StaffRole::Manager}}) {
        const Result<StaffMember> added = staff.addStaff(who.number, name, role, who.pin);
        ASSERT_TRUE(added.ok()) << added.error().message().toStdString();
    }
}

void CliFixture::SetUp()
{
    ASSERT_TRUE(KeyFile::create(keyFile()).ok());
    const CtlRun training =
        runCtl(db(), keyFile(), {QStringLiteral("init"), QStringLiteral("--training")},
               QStringLiteral("2026-11-18T10:00:00"), std::nullopt);
    ASSERT_EQ(training.exit, 0) << training.out.toStdString();
    addStaff(db(), keyFile());
}

QStringList CliFixture::books() const
{
    QStringList rows;
    for (const QString& row : database.snapshot()) {
        if (row.startsWith(u"chain_heads|") || row.startsWith(u"staff|"))
            continue;
        if (row.startsWith(u"staff_events|") &&
            (row.contains(u"|login|") || row.contains(u"|wrong_pin|")))
            continue;
        rows << row;
    }
    return rows;
}

} // namespace viptill::test
