#include <QGuiApplication>
#include <gtest/gtest.h>

// Receipts are painted with fonts (PDF, preview), which needs a
// QGuiApplication; the offscreen platform needs no display on CI.
int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
