#include "ui/common/MenuButton.h"

#include <QEvent>
#include <QPushButton>
#include <QStyle>

namespace nm::ui {

namespace {

// Keeps the button's width right when its text changes.
class ArrowRoom : public QObject {
public:
    using QObject::QObject;

    static void apply(QPushButton *button)
    {
        button->setMinimumWidth(0);
        const int arrow =
            button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, button);
        button->setMinimumWidth(button->sizeHint().width() + arrow);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange ||
            event->type() == QEvent::LanguageChange)
            apply(static_cast<QPushButton *>(watched));
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void setButtonMenu(QPushButton *button, QMenu *menu)
{
    button->setMenu(menu);
    ArrowRoom::apply(button);
    button->installEventFilter(new ArrowRoom(button));
}

} // namespace nm::ui
