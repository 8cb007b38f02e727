#include "TerminalFixture.h"

#include "CheckoutPage.h"
#include "LoginPage.h"
#include "printing/EscPos.h"
#include "services/StaffService.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QTest>

namespace viptill::test {

void TerminalTest::SetUp()
{
    store.seedCatalogue();
    card = store.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20));
    StaffService staff(store.context());
    for (const auto& [number, name, role, pin] :
         {std::tuple{"1001", "王丽", StaffRole::Cashier, "1111"},
          std::tuple{"2001", "陈静", StaffRole::ServiceDesk, "2222"},
          std::tuple{"9001", "李强", StaffRole::Manager, "9999"}})
        ASSERT_TRUE(staff
                        .addStaff(QString::fromLatin1(number), QString::fromUtf8(name), role,
                                  QString::fromLatin1(pin))
                        .ok());
    printer.kind = PrinterSettings::Kind::None;
    receipts =
        std::make_unique<ReceiptOutput>(printer, store.context(), QStringLiteral("测试百货"));
    till = std::make_unique<TillContext>(TillContext{store.context(), *receipts});
    wedge = std::make_unique<MagstripeWedgeReader>(qApp);
    window = std::make_unique<TillWindow>(*till, QList<CardReader*>{&emulated, wedge.get()});
    window->show();
    // Window shortcuts (Ctrl+Q, Ctrl+1 …) work in the active window only.
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
}

QLineEdit* TerminalTest::field(QWidget* in, const char* name)
{
    return in->findChild<QLineEdit*>(QString::fromLatin1(name));
}

void TerminalTest::typeText(QWidget* into, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClicks(into, QString(c));
            continue;
        }
        QInputMethodEvent commit;
        commit.setCommitString(QString(c));
        QCoreApplication::sendEvent(into, &commit);
    }
}

QLineEdit* TerminalTest::barcode()
{
    return field(window->checkoutPage(), "barcode");
}

void TerminalTest::logIn(const char* number, const char* pin)
{
    QTest::keyClicks(field(window->loginPage(), "staffNumber"), QString::fromLatin1(number));
    QTest::keyClick(field(window->loginPage(), "staffNumber"), Qt::Key_Return);
    QTest::keyClicks(field(window->loginPage(), "pin"), QString::fromLatin1(pin));
    QTest::keyClick(field(window->loginPage(), "pin"), Qt::Key_Return);
}

void TerminalTest::scan(const QString& code)
{
    QTest::keyClicks(barcode(), code);
    QTest::keyClick(barcode(), Qt::Key_Return);
}

QWidget* TerminalTest::dialog()
{
    QCoreApplication::processEvents();
    return QApplication::activeModalWidget();
}

void TerminalTest::approveAsManager(const char* number, const char* pin)
{
    QWidget* approval = dialog();
    ASSERT_NE(approval, nullptr);
    QTest::keyClicks(field(approval, "managerNumber"), QString::fromLatin1(number));
    QTest::keyClick(field(approval, "managerNumber"), Qt::Key_Return);
    QTest::keyClicks(field(approval, "pin"), QString::fromLatin1(pin));
    QTest::keyClick(field(approval, "pin"), Qt::Key_Return);
}

QString TerminalTest::printed() const
{
    return decodeEscPosText(receipts->lastEscPos()).join(u'\n');
}

} // namespace viptill::test
