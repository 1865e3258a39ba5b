// SPDX-License-Identifier: MIT
#pragma once
// Checks HTTP exchanges against runai-contract.json: what each Run:ai generation accepts (paths,
// methods, query parameters, request bodies) and what it answers (statuses, body shapes, error
// bodies). QtCore only, so that it can judge any recording: the sandbox's, or the client's.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace runai::contract {

// One request and its answer, as seen on the wire.
struct Exchange
{
    QByteArray method;
    QString path; // decoded, without the query
    QUrlQuery query;
    QByteArray requestContentType;
    QByteArray requestBody;
    int status = 0;
    QByteArray responseContentType;
    QByteArray responseBody;
};

struct Violation
{
    enum class Rule {
        UnknownEndpoint, // the path (or the method on it) is not in this generation
        AnsweredAbsentEndpoint, // the server answered something but 404 for an absent endpoint
        UnknownQueryParameter,
        BadQueryValue,
        WrongContentType,
        UnexpectedBody, // a body where the contract has none
        UnknownField, // a field this generation does not have
        MissingField, // a required field is absent
        WrongType, // a value of the wrong JSON type, null where not allowed, or not in its enum
        UnexpectedStatus, // a status this endpoint does not answer
        WrongErrorShape, // an error body that is not {code, message, details?} or OAuth2's
        RefusalNotHonoured, // a request the generation refuses got something else than its refusal
    };
    Rule rule;
    QString text;
};

QString ruleName(Violation::Rule rule);

class ContractChecker
{
public:
    // Reads the contract file. False with a reason in *error when it is not usable.
    bool load(const QString &fileName, QString *error);
    bool loadJson(const QJsonObject &contract, QString *error);

    QStringList generations() const;
    // "METHOD /path/{template}" keys of every endpoint of the generation.
    QStringList endpoints(const QString &generation) const;
    // The same keys over all generations.
    QStringList allEndpoints() const;
    // The endpoint key an exchange belongs to in this generation, if any.
    std::optional<QString> endpointFor(const QString &generation, const QByteArray &method,
                                       const QString &path) const;

    // The type expression of a field of a shape in this generation ("string", "enum(a|b)", ...),
    // empty when the shape lacks the field. Lets a test send only what a generation accepts.
    QString fieldType(const QString &generation, const QString &shape, const QString &field) const;

    // What the client sent, judged by what the generation accepts. A request for an endpoint the
    // generation lacks is fine when it was answered 404 (that is how a client probes); so is a
    // request the contract lists as a known refusal, when it got that refusal.
    QList<Violation> checkRequest(const QString &generation, const Exchange &exchange) const;
    // What the server answered, judged by what the generation answers.
    QList<Violation> checkResponse(const QString &generation, const Exchange &exchange) const;

private:
    struct Shape
    {
        QString kind; // "object", "array" or "form"
        QHash<QString, QString> fields; // name -> type expression
        QStringList required;
        QString items; // for arrays
        QString base; // an object shape whose fields and required list this one starts from
    };
    struct Refusal
    {
        QHash<QString, QString> when;
        QStringList alsoFields;
        int status = 400;
    };
    struct Endpoint
    {
        QByteArray method;
        QString pathTemplate;
        bool auth = true;
        QHash<QString, QString> query;
        QByteArray requestContentType; // empty: no body
        QString requestShape;
        QHash<int, QStringList> responses; // status -> acceptable shapes ("none" = no body)
        QList<Refusal> refusals;
    };
    struct Generation
    {
        QHash<QString, Shape> shapes;
        QHash<QString, Endpoint> endpoints; // by "METHOD template"
        QList<int> authErrors;
    };

    bool resolve(const QString &name, const QJsonObject &all, QString *error);
    const Endpoint *findEndpoint(const Generation &g, const QByteArray &method, const QString &path,
                                 bool *pathKnown) const;
    int literalScore(const Generation &g, const QString &path) const;
    const Endpoint *lookup(const Generation &g, const QByteArray &method, const QString &path,
                           bool *pathKnown) const;
    void checkValue(const Generation &g, const QJsonValue &value, const QString &type,
                    const QString &where, QList<Violation> *out) const;
    void checkShape(const Generation &g, const QJsonValue &value, const QString &shapeName,
                    const QString &where, const QStringList &alsoFields,
                    const QHash<QString, QString> &relaxed, QList<Violation> *out) const;
    QList<Violation> checkBody(const Generation &g, const QByteArray &contentType,
                               const QByteArray &body, const QString &shape, const QString &where,
                               const QStringList &alsoFields,
                               const QHash<QString, QString> &relaxed) const;

    QHash<QString, QJsonObject> m_queries;
    QHash<QString, Shape> m_globalShapes;
    QHash<QString, Generation> m_generations;
    QStringList m_order;
};

} // namespace runai::contract
