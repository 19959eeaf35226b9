#pragma once

#include <QColor>
#include <QPalette>

namespace nm::ui {

/// The red that marks risk flags, readable on the palette's background: a dark red on light
/// themes, a light red on dark ones.
inline QColor riskTextColor(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                           : QColor(0xb7, 0x1c, 0x1c);
}

} // namespace nm::ui
