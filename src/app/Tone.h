#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QStyle>

namespace viptill {

// A message line in its tone ("good", "error", "info"; till.qss colours
// each): the text, the tone, and a re-polish so the style sheet sees it.
// The label's frame keeps the border and padding it measured first unless
// told the style changed: a message would otherwise touch its own border.
inline void showToned(QLabel* label, const QString& text, const QString& tone)
{
    label->setText(text);
    label->setProperty("tone", tone);
    label->style()->unpolish(label);
    label->style()->polish(label);
    QEvent changed(QEvent::StyleChange);
    QCoreApplication::sendEvent(label, &changed);
}

} // namespace viptill
