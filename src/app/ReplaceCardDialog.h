#pragma once

#include "services/MemberService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace viptill {

// 补卡 and the diamond card swap: the clerk types the ID number from the
// member's ID card (checked against the file), the reason, and how the new
// card is handed over. Enter asks for the replacement; the service desk
// page does it, or shows what is wrong here.
class ReplaceCardDialog : public QDialog
{
    Q_OBJECT
public:
    ReplaceCardDialog(const MemberView& member, bool chipWriter, ReplacementReason reason,
                      QWidget* parent = nullptr);

    QString idNumber() const;
    ReplacementReason reason() const;
    NewCard newCard() const;

    void showFault(const QString& message);
    void cardSwiped(const QString& number);

signals:
    void replaceRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLineEdit* m_idNumber;
    QComboBox* m_reason;
    QComboBox* m_cardKind;
    QLineEdit* m_stockNumber;
    QLabel* m_message;
};

} // namespace viptill
