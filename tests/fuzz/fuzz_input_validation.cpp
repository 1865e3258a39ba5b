// SPDX-License-Identifier: MIT
// Differential fuzzing of the form checks against the Run:ai spec's own patterns: the hand-written
// InputValidation::applicationName / email (which exist to give a precise reason) must accept
// exactly what the spec's regular expression accepts, anchored at the very end of the text
// (QRegularExpression's '$' would also match before a final newline, which the spec does not mean).
#include "FuzzSupport.h"
#include "core/InputValidation.h"

#include <QRegularExpression>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using runai::InputValidation;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QRegularExpression nameRe(
            QRegularExpression::anchoredPattern(u"[a-z][-_a-z0-9]*[a-z0-9]"_s));
    static const QRegularExpression emailRe(QRegularExpression::anchoredPattern(
            u"[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}"_s));

    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const auto name = InputValidation::applicationName(text);
    FUZZ_CHECK(name.ok == name.reason.isEmpty(), text);
    FUZZ_CHECK(name.ok == nameRe.match(text).hasMatch(),
               u"applicationName(\""_s + text + u"\") ok="_s + (name.ok ? u"1"_s : u"0"_s));

    const auto email = InputValidation::email(text);
    FUZZ_CHECK(email.ok == email.reason.isEmpty(), text);
    FUZZ_CHECK(email.ok == emailRe.match(text).hasMatch(),
               u"email(\""_s + text + u"\") ok="_s + (email.ok ? u"1"_s : u"0"_s));
    return 0;
}
