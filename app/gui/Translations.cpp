// SPDX-License-Identifier: MIT
#include "gui/Translations.h"

#include "core/AppSettings.h"
#include "core/LogCategories.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace runai::i18n {

namespace {

const auto kResourceDir = ":/i18n"_L1;
const auto kBaseName = "runai-access"_L1;

// Owned here rather than by the caller so that a second install() can take them out again.
QTranslator *g_program = nullptr;
QTranslator *g_qt = nullptr;

// English needs no translation file, only plurals: the source texts of %n messages say "user(s)"
// (or "identity(ies)"), and this gives "1 user", "3 users". Every such text in the program is a
// regular English plural written so that the verb fits both ("could not be created"), so the rule
// is the whole translation; tst_i18n checks it.
class EnglishPlurals : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        if (n < 0 || !source)
            return {};
        QString text = QString::fromUtf8(source);
        if (!text.contains("(s)"_L1) && !text.contains("y(ies)"_L1))
            return {};
        // "identity(ies)": 1 identity, 3 identities.
        text.replace("y(ies)"_L1, n == 1 ? u"y"_s : u"ies"_s);
        return text.replace("(s)"_L1, n == 1 ? QString() : u"s"_s);
    }
};

void removeInstalled(QCoreApplication *app)
{
    for (QTranslator **t : {&g_program, &g_qt}) {
        if (*t) {
            app->removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}

} // namespace

QStringList availableLanguages()
{
    return {u"en"_s, u"de"_s};
}

QString nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    // QLocale gives "American English" for "en"; the menu wants the language, capitalised.
    if (locale.language() == QLocale::English)
        name = u"English"_s;
    name[0] = name[0].toUpper();
    return name;
}

QString languageSetting()
{
    const QString code = AppSettings().language();
    return availableLanguages().contains(code) ? code : QString();
}

void setLanguageSetting(const QString &code)
{
    AppSettings().setLanguage(availableLanguages().contains(code) ? code : QString());
}

QString install(QCoreApplication *app)
{
    removeInstalled(app);
    const QString chosen = languageSetting();
    // QTranslator::load(QLocale, ...) walks the locale's uiLanguages() in order (de-CH, de, ...),
    // so "Deutsch (Schweiz)" gets the German file.
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        qCInfo(lcI18n) << "language: English (source strings)";
        g_program = new EnglishPlurals;
        app->installTranslator(g_program);
        return u"en"_s;
    }
    auto *program = new QTranslator;
    if (!program->load(locale, kBaseName, u"_"_s, kResourceDir)) {
        delete program;
        qCInfo(lcI18n) << "no translation for" << locale.uiLanguages() << "- using English";
        return u"en"_s;
    }
    g_program = program;
    app->installTranslator(g_program);

    // Qt's own strings (the standard buttons' "Close", "Cancel", context menus) come from
    // qtbase_<lang>.qm, which the distribution ships separately (qt6-translations-l10n).
    auto *qt = new QTranslator;
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        g_qt = qt;
        app->installTranslator(g_qt);
    } else {
        delete qt;
    }
    const QString code = program->language().section(u'_', 0, 0);
    qCInfo(lcI18n) << "language:" << program->language()
                   << (chosen.isEmpty() ? "(system)" : "(chosen)")
                   << "Qt's own strings:" << (g_qt ? "translated" : "not installed");
    return code.isEmpty() ? locale.name().section(u'_', 0, 0) : code;
}

} // namespace runai::i18n
