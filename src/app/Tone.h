#pragma once

#include <QLabel>
#include <QStyle>

namespace viptill {

// A message line in its tone ("good", "error", "info"; till.qss colours
// each): the text, the tone, and a re-polish so the style sheet sees it.
inline void showToned(QLabel* label, const QString& text, const QString& tone)
{
    label->setText(text);
    label->setProperty("tone", tone);
    label->style()->polish(label);
}

} // namespace viptill
