#include "Icons.h"

#include <QAbstractButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be called outside any namespace. Calling it from here makes the linker keep
// the resource object file of this static library in every executable that uses an icon.
static void initRunaiResources()
{
    Q_INIT_RESOURCE(runai);
}

namespace runai::icons {

static void ensureResources()
{
    static const bool done = [] {
        initRunaiResources();
        return true;
    }();
    Q_UNUSED(done);
}

QIcon icon(const QString &name)
{
    ensureResources();
    QIcon result(u":/runai/icons/%1.svg"_s.arg(name));
    // A QIcon over an SVG file is never null by itself; without an SVG engine it has no sizes.
    if (result.availableSizes().isEmpty() && result.pixmap(16, 16).isNull())
        return {};
    return result;
}

QIcon appIcon()
{
    ensureResources();
    QIcon result(u":/runai/runai-access.svg"_s);
    if (result.pixmap(32, 32).isNull())
        return {};
    return result;
}

bool available()
{
    return !icon(u"copy"_s).isNull();
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
