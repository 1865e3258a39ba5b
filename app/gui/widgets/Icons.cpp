// SPDX-License-Identifier: MIT
#include "gui/widgets/Icons.h"

#include "gui/widgets/Theme.h"

#include <QAbstractButton>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QToolButton>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be called outside any namespace. Calling it from here makes the linker keep
// the resource object file of this static library in every executable that uses an icon.
static void initRunaiResources()
{
    Q_INIT_RESOURCE(runai);
}

namespace runai::icons {

namespace {

// The action icons are drawn in one grey (#5f6368) that reads well on light windows but vanishes
// on dark ones. This engine renders the SVG at the asked size (so it stays sharp) and, while the
// palette is dark, repaints its shape in the palette's button text colour. Checked at every
// paint, so a theme switch at run time recolours the icons too. Coloured status icons (info,
// warning, error, success) are not wrapped.
class ThemedIconEngine : public QIconEngine
{
public:
    explicit ThemedIconEngine(const QIcon &base)
        : m_base(base)
    { }

    QIconEngine *clone() const override { return new ThemedIconEngine(m_base); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pixmap = scaledPixmap(rect.size() * ratio, mode, state, ratio);
        pixmap.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, pixmap);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // `size` is in device pixels already (QIcon::pixmap multiplies by the ratio before it
    // asks the engine); QIcon sets the ratio on the result.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        Q_UNUSED(scale);
        QPixmap pixmap = m_base.pixmap(size, mode, state);
        const QPalette palette = QGuiApplication::palette();
        if (pixmap.isNull() || !theme::isDark(palette))
            return pixmap;
        const QColor colour = palette.color(mode == QIcon::Disabled ? QPalette::Disabled
                                                                    : QPalette::Active,
                                            QPalette::ButtonText);
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(QRect(QPoint(0, 0), pixmap.size()), colour);
        return pixmap;
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return m_base.availableSizes(mode, state);
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_base.actualSize(size, mode, state);
    }

    QString key() const override { return u"runai-themed"_s; }

private:
    QIcon m_base;
};

bool isStatusIcon(const QString &name)
{
    return name == "info"_L1 || name == "warning"_L1 || name == "error"_L1 || name == "success"_L1;
}

} // namespace

static void ensureResources()
{
    static const bool done = [] {
        initRunaiResources();
        return true;
    }();
    Q_UNUSED(done);
}

// One QIcon per name for the whole run: QIcon shares its engine, so every button and action
// showing "refresh" draws from the same cached pixmaps. Emptied when the application object goes
// away, as pixmaps must not outlive it.
static QHash<QString, QIcon> &iconCache()
{
    static QHash<QString, QIcon> cache;
    static const bool cleared = [] {
        qAddPostRoutine([] { cache.clear(); });
        return true;
    }();
    Q_UNUSED(cleared);
    return cache;
}

// Whether SVG icons can be drawn at all, found out once: rendering one SVG loads Qt's SVG icon
// engine, and doing that for every icon (as each call once did) cost the start-up ~0.5 ms each.
bool available()
{
    static const bool svgWorks = [] {
        ensureResources();
        // A QIcon over an SVG file is never null by itself; without an SVG engine it has no sizes.
        const QIcon probe(u":/runai/icons/copy.svg"_s);
        return !probe.availableSizes().isEmpty() || !probe.pixmap(16, 16).isNull();
    }();
    return svgWorks;
}

QIcon icon(const QString &name)
{
    if (!available())
        return {};
    QHash<QString, QIcon> &cache = iconCache();
    auto found = cache.constFind(name);
    if (found != cache.constEnd())
        return *found;
    const QString path = u":/runai/icons/%1.svg"_s.arg(name);
    Q_ASSERT_X(QFile::exists(path), "icons::icon", qPrintable(path)); // a typo draws nothing
    const QIcon base(path);
    return *cache.insert(name, isStatusIcon(name) ? base : QIcon(new ThemedIconEngine(base)));
}

QIcon appIcon()
{
    if (!available())
        return {};
    QHash<QString, QIcon> &cache = iconCache();
    const QString key = u"/app"_s; // no icon file name starts with '/'
    auto found = cache.constFind(key);
    if (found != cache.constEnd())
        return *found;
    return *cache.insert(key, QIcon(u":/runai/runai-access.svg"_s));
}

void setButtonIcon(QAbstractButton *button, const QString &name)
{
    const QIcon i = icon(name);
    button->setIcon(i);
    if (auto *tool = qobject_cast<QToolButton *>(button)) {
        tool->setToolButtonStyle(i.isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    }
    // The visible text doubles as the tooltip, so a mouse user learns what an icon means.
    if (button->toolTip().isEmpty())
        button->setToolTip(button->text());
}

} // namespace runai::icons
