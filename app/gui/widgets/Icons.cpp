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
// warning, error, success) and the program's icon are drawn as they are (`themed` false).
// The SVG file is read when the icon is first drawn or measured, not when it is made: a window
// makes many icons (menus, tool bars) that its first paint never shows (issue 14's start-up).
class SvgIconEngine : public QIconEngine
{
public:
    SvgIconEngine(const QString &path, bool themed)
        : m_path(path)
        , m_themed(themed)
    { }

    QIconEngine *clone() const override { return new SvgIconEngine(m_path, m_themed); }

    // Null (as QIcon::isNull() reports) when this Qt cannot draw SVG at all.
    bool isNull() override { return !available(); }

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
        QPixmap pixmap = base().pixmap(size, mode, state);
        const QPalette palette = QGuiApplication::palette();
        if (!m_themed || pixmap.isNull() || !theme::isDark(palette))
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
        return base().availableSizes(mode, state);
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return base().actualSize(size, mode, state);
    }

    QString key() const override { return u"runai-svg"_s; }

private:
    const QIcon &base()
    {
        if (!m_loaded) {
            m_base = QIcon(m_path); // Qt's SVG icon engine, with its own pixmap cache
            m_loaded = true;
        }
        return m_base;
    }

    QString m_path;
    bool m_themed;
    bool m_loaded = false;
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

// Whether SVG icons can be drawn at all, found out once, when first asked (QIcon::isNull() asks):
// rendering one SVG loads Qt's SVG icon engine. Checking each icon as it was made (as icon() once
// did) cost the start-up ~0.5 ms per icon.
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
    QHash<QString, QIcon> &cache = iconCache();
    auto found = cache.constFind(name);
    if (found != cache.constEnd())
        return *found;
    const QString path = u":/runai/icons/%1.svg"_s.arg(name);
    ensureResources();
    Q_ASSERT_X(QFile::exists(path), "icons::icon", qPrintable(path)); // a typo draws nothing
    return *cache.insert(name, QIcon(new SvgIconEngine(path, !isStatusIcon(name))));
}

QIcon appIcon()
{
    QHash<QString, QIcon> &cache = iconCache();
    const QString key = u"/app"_s; // no icon file name starts with '/'
    auto found = cache.constFind(key);
    if (found != cache.constEnd())
        return *found;
    ensureResources();
    return *cache.insert(key, QIcon(new SvgIconEngine(u":/runai/runai-access.svg"_s, false)));
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
