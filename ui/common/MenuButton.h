#pragma once

class QMenu;
class QPushButton;

namespace nm::ui {

/// Gives \a button the drop-down \a menu, and room for the arrow: the Fusion style of Qt 6.4
/// draws the arrow over the end of the text, which longer translations ("Neue Notiz") reach.
void setButtonMenu(QPushButton *button, QMenu *menu);

} // namespace nm::ui
