// SPDX-License-Identifier: MIT
#include "core/InputValidation.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace runai {

namespace {

InputValidation::Result fail(const QString &reason)
{
    return {false, reason};
}

bool isLowerAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

} // namespace

InputValidation::Result InputValidation::applicationName(const QString &name)
{
    if (name.isEmpty())
        return fail(tr("Enter a name."));
    if (!(name.front() >= u'a' && name.front() <= u'z'))
        return fail(tr("The name must start with a lower-case letter (a-z)."));
    for (QChar c : name) {
        if (!isLowerAlnum(c) && c != u'-' && c != u'_') {
            if (c >= u'A' && c <= u'Z')
                return fail(tr("Use lower-case letters only."));
            if (c.isSpace())
                return fail(tr("The name cannot contain spaces."));
            return fail(tr("The name can only contain lower-case letters, digits, '-' and '_' "
                           "(not \"%1\").")
                                .arg(c));
        }
    }
    if (name.size() < 2)
        return fail(tr("The name must be at least two characters long."));
    if (!isLowerAlnum(name.back()))
        return fail(tr("The name must end with a lower-case letter or a digit."));
    return {};
}

InputValidation::Result InputValidation::email(const QString &email)
{
    if (email.isEmpty())
        return fail(tr("Enter an e-mail address."));
    if (email.trimmed() != email || email.contains(u' '))
        return fail(tr("The e-mail address cannot contain spaces."));
    const auto at = email.count(u'@');
    if (at == 0)
        return fail(tr("An e-mail address needs an '@'."));
    if (at > 1)
        return fail(tr("An e-mail address has only one '@'."));
    const QString local = email.section(u'@', 0, 0);
    const QString domain = email.section(u'@', 1);
    // anchoredPattern, not ^...$: PCRE's $ also matches before a final newline ("x\n@y.com").
    static const QRegularExpression localRe(
            QRegularExpression::anchoredPattern(u"[a-zA-Z0-9._%+-]+"_s));
    static const QRegularExpression domainRe(
            QRegularExpression::anchoredPattern(u"[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}"_s));
    if (local.isEmpty())
        return fail(tr("Enter the part before the '@'."));
    if (!localRe.match(local).hasMatch())
        return fail(tr("The part before the '@' may only contain letters, digits and . _ % + -"));
    if (domain.isEmpty())
        return fail(tr("Enter the domain after the '@'."));
    if (!domainRe.match(domain).hasMatch())
        return fail(tr("The domain after the '@' must look like example.com."));
    return {};
}

ParseResult<QUrl> InputValidation::consoleUrl(const QString &input)
{
    using R = ParseResult<QUrl>;
    const QString text = input.trimmed();
    if (text.isEmpty())
        return R::failure(tr("Enter the console address, for example console.example.com."));
    if (text.contains(u' ') || text.contains(u'\t'))
        return R::failure(tr("The address cannot contain spaces."));
    // No console address has control characters or Unicode noncharacters; Qt would re-encode
    // them differently on the next parse, so the address saved would not be the one checked.
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.isNonCharacter()
            || c == QChar::ReplacementCharacter)
            return R::failure(tr("The address contains characters that cannot be part of it."));
    }

    QString withScheme = text;
    static const QRegularExpression schemeRe(u"^[a-zA-Z][a-zA-Z0-9+.-]*://"_s);
    if (!schemeRe.match(text).hasMatch()) {
        if (text.contains(u"://"_s))
            return R::failure(tr("The address is not valid."));
        withScheme = u"https://"_s + text;
    }
    QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid())
        return R::failure(tr("The address is not valid: %1").arg(url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != "https"_L1 && scheme != "http"_L1)
        return R::failure(tr("Use an https:// address (\"%1\" is not supported).").arg(scheme));
    if (!url.userInfo().isEmpty())
        return R::failure(tr("Do not put a user name or password in the address."));
    if (url.host().isEmpty())
        return R::failure(tr("The address has no host name."));
    // An IPv6 zone id ("[fe80::1%eth0]") names a local interface, never a console.
    if (url.host().contains(u'%'))
        return R::failure(tr("The address is not valid: an IPv6 zone id cannot be used."));
    if (url.hasQuery())
        return R::failure(tr("The address cannot contain a query ('?…')."));
    if (url.hasFragment())
        return R::failure(tr("The address cannot contain a fragment ('#…')."));

    // Percent-encoded whitespace ("a%20b") would come back decoded from toString(), which is what
    // the settings keep, and be rejected (or silently dropped) on the next start.
    const QString decodedPath = url.path(QUrl::FullyDecoded);
    if (std::any_of(decodedPath.cbegin(), decodedPath.cend(), [](QChar c) { return c.isSpace(); }))
        return R::failure(tr("The address cannot contain spaces."));

    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    // What is saved (display or encoded form) must read back as this same console, through the
    // same checks: decoding may have produced a space, a control or replacement character.
    const QString shown = url.toString();
    for (const QChar c : shown) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.isNonCharacter()
            || c == QChar::ReplacementCharacter)
            return R::failure(tr("The address contains characters that cannot be part of it."));
    }
    if (QUrl(shown, QUrl::StrictMode) != url
        || QUrl::fromEncoded(url.toEncoded(), QUrl::StrictMode) != url)
        return R::failure(tr("The address is not valid."));
    return url;
}

} // namespace runai
