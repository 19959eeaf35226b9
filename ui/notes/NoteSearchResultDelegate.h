#pragma once

#include "core/storage/NoteSearchHit.h"

#include <QStyledItemDelegate>

class QAbstractItemView;
class QTextDocument;

namespace nm::ui {

/// Draws a search result as rich text: the note's title and details, then the excerpt with the
/// matched words highlighted. Items without HtmlRole (e.g. "no results") draw as plain items.
class NoteSearchResultDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    /// The item's rich text (QString), as html() builds it.
    static constexpr int HtmlRole = Qt::UserRole + 100;

    explicit NoteSearchResultDelegate(QAbstractItemView *view);

    /// The rich text for \a hit: \a details (plain text, e.g. date and type) under the title,
    /// then the excerpt. Note text is escaped, so nothing a clinician typed can act as markup;
    /// only the matched ranges are wrapped in a highlight.
    static QString html(const core::NoteSearchHit &hit, const QString &details);
    /// Just the excerpt with its highlights, as html() embeds it.
    static QString snippetHtml(const core::NoteSearchHit &hit);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int textWidth(const QStyleOptionViewItem &option) const;
    void layout(QTextDocument &document, const QString &html, const QFont &font, int width) const;

    QAbstractItemView *m_view;
};

} // namespace nm::ui
