#include "ui/notes/NoteSearchResultDelegate.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nm::ui {

namespace {

constexpr int Margin = 6;

// Escaped, on one line: an excerpt of several template lines reads better as a run of text.
QString escaped(QStringView text)
{
    QString flat = text.toString();
    flat.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
    return flat.toHtmlEscaped();
}

} // namespace

NoteSearchResultDelegate::NoteSearchResultDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{}

QString NoteSearchResultDelegate::snippetHtml(const core::NoteSearchHit &hit)
{
    auto highlights = hit.highlights;
    std::sort(highlights.begin(), highlights.end());
    const QStringView snippet(hit.snippet);
    QString html;
    qsizetype done = 0;
    for (const auto &[start, length] : highlights) {
        // Ranges come from the database; clamp them rather than trust them.
        const qsizetype from = std::clamp(start, done, snippet.size());
        const qsizetype to = std::clamp(start + length, from, snippet.size());
        if (to == from)
            continue;
        html += escaped(snippet.sliced(done, from - done));
        // Explicit colours: the highlight stays readable on a selected (dark) row.
        html += u"<span style=\"background-color:#ffe066; color:#1b1b1b; font-weight:bold;\">"_s +
                escaped(snippet.sliced(from, to - from)) + u"</span>"_s;
        done = to;
    }
    html += escaped(snippet.sliced(done));
    return html;
}

QString NoteSearchResultDelegate::html(const core::NoteSearchHit &hit, const QString &details)
{
    const QString title = hit.title.trimmed().isEmpty() ? tr("(untitled)") : hit.title;
    return u"<div><b>"_s + escaped(title) + u"</b>&nbsp;&nbsp;<small>"_s + escaped(details) +
           u"</small></div><div>"_s + snippetHtml(hit) + u"</div>"_s;
}

int NoteSearchResultDelegate::textWidth(const QStyleOptionViewItem &option) const
{
    int width = option.rect.width();
    if (m_view)
        width = m_view->viewport()->width();
    return std::max(120, width - 2 * Margin);
}

void NoteSearchResultDelegate::layout(QTextDocument &document, const QString &html,
                                      const QFont &font, int width) const
{
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(html);
    document.setTextWidth(width);
}

void NoteSearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const QString html = index.data(HtmlRole).toString();
    if (html.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument document;
    const int width = std::max(40, opt.rect.width() - 2 * Margin);
    layout(document, html, opt.font, width);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette.setColor(
        QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRectF area(0, 0, width, opt.rect.height() - 2 * Margin);
    context.clip = area;
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(Margin, Margin));
    painter->setClipRect(area);
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize NoteSearchResultDelegate::sizeHint(const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    const QString html = index.data(HtmlRole).toString();
    if (html.isEmpty())
        return QStyledItemDelegate::sizeHint(option, index);
    QTextDocument document;
    const int width = textWidth(option);
    layout(document, html, option.font, width);
    return QSize(width + 2 * Margin, int(std::ceil(document.size().height())) + 2 * Margin);
}

} // namespace nm::ui
