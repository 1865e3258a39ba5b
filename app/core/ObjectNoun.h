// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace runai {

class Session;

// What the console calls the identities that programs sign in with: "applications" on Run:ai
// 2.18-2.23 (/api/v1/apps), "service accounts" from 2.24 on (/api/v1/service-accounts; 3.0 has
// nothing else). Every user-visible text that names them asks here, so the window speaks the
// console's language.
//
// Translator-friendly: a sentence is never glued together from a noun (German "die Anwendung"
// and "das Dienstkonto" differ in gender, so articles and adjectives change with the noun).
// Callers write both whole sentences with tr() and pick(); lupdate sees both, translators
// translate each as a sentence. The bare nouns are for labels that are the noun alone.
//
// Chosen per session from Session::applicationsApi() (learnt from the console's answers;
// "application" while nothing is known, which is what consoles before 2.24 say). Once the
// session's probed capabilities land, of() reads them instead: the one place to change.
class ObjectNoun
{
    Q_DECLARE_TR_FUNCTIONS(runai::ObjectNoun)
public:
    enum class Kind { Application, ServiceAccount };

    constexpr ObjectNoun() = default;
    constexpr explicit ObjectNoun(Kind kind)
        : m_kind(kind)
    { }
    // The session's words. Defined in app/api (ObjectNounOf.cpp): it reads the Session.
    static ObjectNoun of(const Session *session);

    Kind kind() const { return m_kind; }
    bool isServiceAccount() const { return m_kind == Kind::ServiceAccount; }

    // One of two whole texts (each already translated by the caller).
    QString pick(const QString &application, const QString &serviceAccount) const
    {
        return isServiceAccount() ? serviceAccount : application;
    }

    // The noun alone, for a label that is nothing but the noun (a column, a table's name).
    QString capitalSingular() const;
    QString capitalPlural() const;

private:
    Kind m_kind = Kind::Application;
};

} // namespace runai
