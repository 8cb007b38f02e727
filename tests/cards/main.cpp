#include <QApplication>
#include <gtest/gtest.h>

// The card reader tests drive a real QLineEdit with real key events, which
// needs a QApplication (the shared test main makes a QCoreApplication only).
int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
