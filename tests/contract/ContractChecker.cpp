// SPDX-License-Identifier: MIT
#include "ContractChecker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace runai::contract {

namespace {

using Rule = Violation::Rule;

const auto NoBody = u"none"_s;

// "application/json; charset=utf-8" -> "application/json"
QByteArray mimeType(const QByteArray &contentType)
{
    return contentType.split(';').value(0).trimmed().toLower();
}

// Splits "a|enum(b|c)|array<d|e>" at the top level only: {"a", "enum(b|c)", "array<d|e>"}.
QStringList topLevelAlternatives(const QString &type)
{
    QStringList parts;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < type.size(); ++i) {
        const QChar c = type.at(i);
        if (c == u'(' || c == u'<')
            ++depth;
        else if (c == u')' || c == u'>')
            --depth;
        else if (c == u'|' && depth == 0) {
            parts.append(type.mid(start, i - start).trimmed());
            start = i + 1;
        }
    }
    parts.append(type.mid(start).trimmed());
    return parts;
}

bool isEnum(const QString &type)
{
    return type.startsWith(u"enum("_s) && type.endsWith(u')');
}

QStringList enumValues(const QString &type)
{
    return type.mid(5, type.size() - 6).split(u'|');
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"the string \"%1\""_s.arg(value.toString().left(40));
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    default:
        return u"nothing"_s;
    }
}

// Form bodies as an object of strings; '+' is a space in application/x-www-form-urlencoded.
QJsonObject formFields(const QByteArray &body)
{
    QByteArray spaced = body;
    spaced.replace('+', "%20");
    QJsonObject fields;
    const QUrlQuery form(QString::fromLatin1(spaced));
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
        fields.insert(key, value);
    return fields;
}

QHash<QString, QString> stringHash(const QJsonObject &object)
{
    QHash<QString, QString> hash;
    for (auto it = object.begin(); it != object.end(); ++it)
        hash.insert(it.key(), it.value().toString());
    return hash;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const auto &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

QString ruleName(Violation::Rule rule)
{
    switch (rule) {
    case Rule::UnknownEndpoint:
        return u"unknown endpoint"_s;
    case Rule::AnsweredAbsentEndpoint:
        return u"answers an endpoint it lacks"_s;
    case Rule::UnknownQueryParameter:
        return u"unknown query parameter"_s;
    case Rule::BadQueryValue:
        return u"bad query value"_s;
    case Rule::WrongContentType:
        return u"wrong content type"_s;
    case Rule::UnexpectedBody:
        return u"unexpected body"_s;
    case Rule::UnknownField:
        return u"unknown field"_s;
    case Rule::MissingField:
        return u"missing required field"_s;
    case Rule::WrongType:
        return u"wrong type"_s;
    case Rule::UnexpectedStatus:
        return u"status not in the contract"_s;
    case Rule::WrongErrorShape:
        return u"error body of the wrong shape"_s;
    case Rule::RefusalNotHonoured:
        return u"refusal not honoured"_s;
    }
    return {};
}

bool ContractChecker::load(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(fileName, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = u"%1 is not a JSON object: %2"_s.arg(fileName, parseError.errorString());
        return false;
    }
    return loadJson(doc.object(), error);
}

bool ContractChecker::loadJson(const QJsonObject &contract, QString *error)
{
    m_generations.clear();
    m_globalShapes.clear();
    m_queries.clear();
    m_order.clear();
    if (contract.value(u"format"_s).toInt() != 1) {
        *error = u"unknown contract format"_s;
        return false;
    }
    const QJsonObject queries = contract.value(u"queries"_s).toObject();
    for (auto it = queries.begin(); it != queries.end(); ++it)
        m_queries.insert(it.key(), it.value().toObject());
    const QJsonObject shapes = contract.value(u"shapes"_s).toObject();
    for (auto it = shapes.begin(); it != shapes.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        m_globalShapes.insert(it.key(), Shape{s.value(u"type"_s).toString(),
                                              stringHash(s.value(u"fields"_s).toObject()),
                                              stringList(s.value(u"required"_s)),
                                              s.value(u"items"_s).toString(),
                                              s.value(u"extends"_s).toString()});
    }
    const QJsonObject generations = contract.value(u"generations"_s).toObject();
    for (const auto &name : generations.keys()) {
        if (!resolve(name, generations, error))
            return false;
    }
    return true;
}

// A generation is its parent's endpoints and shapes, minus "removed", plus its own.
bool ContractChecker::resolve(const QString &name, const QJsonObject &all, QString *error)
{
    if (m_generations.contains(name))
        return true;
    const QJsonObject def = all.value(name).toObject();
    if (def.isEmpty()) {
        *error = u"no generation %1"_s.arg(name);
        return false;
    }
    Generation g;
    const QString parent = def.value(u"extends"_s).toString();
    if (!parent.isEmpty()) {
        if (parent == name || !resolve(parent, all, error))
            return false;
        g = m_generations.value(parent);
    } else {
        g.shapes = m_globalShapes;
    }
    if (def.contains(u"authErrors"_s)) {
        g.authErrors.clear();
        for (const auto &s : def.value(u"authErrors"_s).toArray())
            g.authErrors.append(s.toInt());
    }
    const QJsonObject shapes = def.value(u"shapes"_s).toObject();
    for (auto it = shapes.begin(); it != shapes.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        g.shapes.insert(it.key(),
                        Shape{s.value(u"type"_s).toString(),
                              stringHash(s.value(u"fields"_s).toObject()),
                              stringList(s.value(u"required"_s)), s.value(u"items"_s).toString(),
                              s.value(u"extends"_s).toString()});
    }
    for (const auto &key : stringList(def.value(u"removed"_s))) {
        if (g.endpoints.remove(key) == 0) {
            *error = u"%1 removes %2, which it does not have"_s.arg(name, key);
            return false;
        }
    }
    const QJsonObject endpoints = def.value(u"endpoints"_s).toObject();
    for (auto it = endpoints.begin(); it != endpoints.end(); ++it) {
        const QStringList methodAndPath = it.key().split(u' ');
        const QJsonObject e = it.value().toObject();
        if (methodAndPath.size() != 2) {
            *error = u"%1: endpoint key \"%2\" is not \"METHOD /path\""_s.arg(name, it.key());
            return false;
        }
        Endpoint ep;
        ep.method = methodAndPath[0].toLatin1();
        ep.pathTemplate = methodAndPath[1];
        ep.auth = e.value(u"auth"_s).toBool(true);
        const QJsonValue query = e.value(u"query"_s);
        ep.query = stringHash(query.isString() ? m_queries.value(query.toString())
                                               : query.toObject());
        if (query.isString() && !m_queries.contains(query.toString())) {
            *error = u"%1: no query set %2"_s.arg(name, query.toString());
            return false;
        }
        const QJsonObject request = e.value(u"request"_s).toObject();
        ep.requestContentType = request.value(u"contentType"_s).toString().toLatin1();
        ep.requestShape = request.value(u"body"_s).toString();
        const QJsonObject responses = e.value(u"responses"_s).toObject();
        for (auto r = responses.begin(); r != responses.end(); ++r) {
            const QStringList accepted = r.value().isArray() ? stringList(r.value())
                                                             : QStringList{r.value().toString()};
            ep.responses.insert(r.key().toInt(), accepted);
        }
        for (const auto &r : e.value(u"refusals"_s).toArray()) {
            const QJsonObject o = r.toObject();
            ep.refusals.append(Refusal{stringHash(o.value(u"when"_s).toObject()),
                                       stringList(o.value(u"alsoFields"_s)),
                                       o.value(u"status"_s).toInt(400)});
        }
        g.endpoints.insert(it.key(), ep);
    }
    // Every shape an endpoint names must exist: a typo would otherwise pass as "unknown shape"
    // violations only when that endpoint is driven.
    for (const auto &ep : std::as_const(g.endpoints)) {
        QStringList names = {ep.requestShape};
        for (const auto &list : ep.responses)
            names += list;
        for (const auto &shape : names) {
            if (!shape.isEmpty() && shape != NoBody && !g.shapes.contains(shape)) {
                *error = u"%1 %2 %3 names the unknown shape %4"_s.arg(
                        name, QString::fromLatin1(ep.method), ep.pathTemplate, shape);
                return false;
            }
        }
    }
    m_generations.insert(name, g);
    m_order.append(name);
    return true;
}

QStringList ContractChecker::generations() const
{
    return m_order;
}

QStringList ContractChecker::endpoints(const QString &generation) const
{
    QStringList keys = m_generations.value(generation).endpoints.keys();
    keys.sort();
    return keys;
}

QStringList ContractChecker::allEndpoints() const
{
    QSet<QString> keys;
    for (const auto &g : m_generations) {
        for (auto it = g.endpoints.begin(); it != g.endpoints.end(); ++it)
            keys.insert(it.key());
    }
    QStringList list(keys.begin(), keys.end());
    list.sort();
    return list;
}

std::optional<QString> ContractChecker::endpointFor(const QString &generation,
                                                    const QByteArray &method,
                                                    const QString &path) const
{
    const auto g = m_generations.constFind(generation);
    if (g == m_generations.cend())
        return std::nullopt;
    bool pathKnown = false;
    const Endpoint *ep = lookup(*g, method, path, &pathKnown);
    if (!ep)
        return std::nullopt;
    return QString::fromLatin1(ep->method) + u' ' + ep->pathTemplate;
}

QString ContractChecker::fieldType(const QString &generation, const QString &shape,
                                   const QString &field) const
{
    const Generation g = m_generations.value(generation);
    for (QString name = shape; !name.isEmpty();) {
        const Shape s = g.shapes.value(name);
        if (s.fields.contains(field))
            return s.fields.value(field);
        name = s.base;
    }
    return {};
}

// The template that matches the path with the most literal segments wins: /users/count beats
// /users/{userId}, as in any router.
const ContractChecker::Endpoint *ContractChecker::findEndpoint(const Generation &g,
                                                               const QByteArray &method,
                                                               const QString &path,
                                                               bool *pathKnown) const
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    int bestScore = -1;
    QList<const Endpoint *> best;
    for (const auto &ep : g.endpoints) {
        const QStringList t = ep.pathTemplate.split(u'/', Qt::SkipEmptyParts);
        if (t.size() != segments.size())
            continue;
        int score = 0;
        bool matches = true;
        for (qsizetype i = 0; i < t.size() && matches; ++i) {
            if (t[i].startsWith(u'{'))
                continue;
            if (t[i] != segments[i])
                matches = false;
            else
                ++score;
        }
        if (!matches)
            continue;
        if (score > bestScore) {
            bestScore = score;
            best.clear();
        }
        if (score == bestScore)
            best.append(&ep);
    }
    *pathKnown = !best.isEmpty();
    for (const Endpoint *ep : best) {
        if (ep->method == method)
            return ep;
    }
    return nullptr;
}

// How many literal segments of the best template in `g` match the path; -1 when none matches.
int ContractChecker::literalScore(const Generation &g, const QString &path) const
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    int best = -1;
    for (const auto &ep : g.endpoints) {
        const QStringList t = ep.pathTemplate.split(u'/', Qt::SkipEmptyParts);
        if (t.size() != segments.size())
            continue;
        int score = 0;
        bool matches = true;
        for (qsizetype i = 0; i < t.size() && matches; ++i) {
            if (t[i].startsWith(u'{'))
                continue;
            matches = t[i] == segments[i];
            score += matches ? 1 : 0;
        }
        if (matches)
            best = std::max(best, score);
    }
    return best;
}

// findEndpoint, except that a path another generation names literally is absent here even when
// a template would take it: /api/v1/users/count on 2.18 is not "the user with id count", it is
// an endpoint 2.18 lacks, and a 2.18 server must not answer it.
const ContractChecker::Endpoint *ContractChecker::lookup(const Generation &g,
                                                         const QByteArray &method,
                                                         const QString &path, bool *pathKnown) const
{
    const int here = literalScore(g, path);
    for (const auto &other : m_generations) {
        if (literalScore(other, path) > here) {
            *pathKnown = false;
            return nullptr;
        }
    }
    return findEndpoint(g, method, path, pathKnown);
}

void ContractChecker::checkValue(const Generation &g, const QJsonValue &value, const QString &type,
                                 const QString &where, QList<Violation> *out) const
{
    QString t = type.trimmed();
    const bool nullable = t.endsWith(u'?');
    if (nullable)
        t.chop(1);
    if (value.isNull()) {
        if (!nullable)
            out->append({Rule::WrongType, u"%1: null where %2 is required"_s.arg(where, t)});
        return;
    }
    const QStringList alternatives = topLevelAlternatives(t);
    if (alternatives.size() > 1) {
        for (const auto &alternative : alternatives) {
            QList<Violation> trial;
            checkValue(g, value, alternative, where, &trial);
            if (trial.isEmpty())
                return;
        }
        out->append({Rule::WrongType, u"%1: %2 is none of %3"_s.arg(where, describe(value), t)});
        return;
    }
    const auto expect = [&](bool ok, const QString &what) {
        if (!ok)
            out->append({Rule::WrongType,
                         u"%1: %2 where %3 is required"_s.arg(where, describe(value), what)});
    };
    if (t == u"string")
        return expect(value.isString(), t);
    if (t == u"integer")
        return expect(value.isDouble() && std::floor(value.toDouble()) == value.toDouble(), t);
    if (t == u"number")
        return expect(value.isDouble(), t);
    if (t == u"boolean")
        return expect(value.isBool(), t);
    if (t == u"object")
        return expect(value.isObject(), t);
    if (t == u"array")
        return expect(value.isArray(), t);
    if (t == u"any")
        return;
    if (isEnum(t)) {
        if (!value.isString() || !enumValues(t).contains(value.toString()))
            out->append({Rule::WrongType,
                         u"%1: %2 is not one of %3"_s.arg(where, describe(value), t.mid(4))});
        return;
    }
    if (t.startsWith(u"array<"_s) && t.endsWith(u'>')) {
        if (!value.isArray())
            return expect(false, t);
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            checkValue(g, items.at(i), t.mid(6, t.size() - 7), u"%1[%2]"_s.arg(where).arg(i), out);
        return;
    }
    checkShape(g, value, t, where, {}, {}, out);
}

void ContractChecker::checkShape(const Generation &g, const QJsonValue &value,
                                 const QString &shapeName, const QString &where,
                                 const QStringList &alsoFields,
                                 const QHash<QString, QString> &relaxed,
                                 QList<Violation> *out) const
{
    const auto found = g.shapes.constFind(shapeName);
    if (found == g.shapes.cend()) {
        out->append({Rule::WrongType, u"%1: the contract has no shape %2"_s.arg(where, shapeName)});
        return;
    }
    if (found->kind == u"array") {
        if (!value.isArray()) {
            out->append({Rule::WrongType, u"%1: %2 where an array (%3) is required"_s.arg(
                                                  where, describe(value), shapeName)});
            return;
        }
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            checkValue(g, items.at(i), found->items, u"%1[%2]"_s.arg(where).arg(i), out);
        return;
    }
    if (!value.isObject()) {
        out->append({Rule::WrongType, u"%1: %2 where an object (%3) is required"_s.arg(
                                              where, describe(value), shapeName)});
        return;
    }
    // An object shape may start from another one ("extends"), as the by-id access rule does.
    QHash<QString, QString> fields = found->fields;
    QStringList required = found->required;
    for (QString base = found->base; !base.isEmpty();) {
        const Shape parent = g.shapes.value(base);
        for (auto it = parent.fields.begin(); it != parent.fields.end(); ++it)
            fields.insert(it.key(), it.value());
        required += parent.required;
        base = parent.base;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString at = where + u'.' + it.key();
        if (!fields.contains(it.key())) {
            if (!alsoFields.contains(it.key()))
                out->append({Rule::UnknownField,
                             u"%1: field not in this generation (%2)"_s.arg(at, shapeName)});
            continue;
        }
        // The field a refusal is about may carry the value the generation refuses.
        const QString type = relaxed.contains(it.key()) ? u"string"_s : fields.value(it.key());
        checkValue(g, it.value(), type, at, out);
    }
    for (const auto &name : std::as_const(required)) {
        if (!object.contains(name))
            out->append({Rule::MissingField,
                         u"%1.%2: required field missing (%3)"_s.arg(where, name, shapeName)});
    }
}

QList<Violation> ContractChecker::checkBody(const Generation &g, const QByteArray &contentType,
                                            const QByteArray &body, const QString &shape,
                                            const QString &where, const QStringList &alsoFields,
                                            const QHash<QString, QString> &relaxed) const
{
    QList<Violation> out;
    if (shape == NoBody) {
        if (!body.isEmpty())
            out.append({Rule::UnexpectedBody,
                        u"%1: a body (%2 bytes) where the contract has none"_s.arg(where).arg(
                                body.size())});
        return out;
    }
    const bool form = g.shapes.value(shape).kind == u"form";
    const QByteArray expected = form ? "application/x-www-form-urlencoded" : "application/json";
    if (mimeType(contentType) != expected) {
        out.append({Rule::WrongContentType, u"%1: Content-Type \"%2\" where %3 is required"_s.arg(
                                                    where, QString::fromLatin1(contentType),
                                                    QString::fromLatin1(expected))});
        return out;
    }
    QJsonValue value;
    if (form) {
        value = formFields(body);
    } else {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError) {
            out.append({Rule::WrongType, u"%1: not JSON (%2)"_s.arg(where, error.errorString())});
            return out;
        }
        value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    checkShape(g, value, shape, where, alsoFields, relaxed, &out);
    return out;
}

QList<Violation> ContractChecker::checkRequest(const QString &generation,
                                               const Exchange &exchange) const
{
    QList<Violation> out;
    const QString name = u"%1 %2"_s.arg(QString::fromLatin1(exchange.method), exchange.path);
    const auto g = m_generations.constFind(generation);
    if (g == m_generations.cend()) {
        out.append({Rule::UnknownEndpoint,
                    u"%1: no generation %2 in the contract"_s.arg(name, generation)});
        return out;
    }
    bool pathKnown = false;
    const Endpoint *ep = lookup(*g, exchange.method, exchange.path, &pathKnown);
    if (!ep) {
        // Asking is how a client learns what a console offers; it must take the 404 as "absent".
        const bool probe = exchange.status == 404 || (pathKnown && exchange.status == 405);
        if (!probe)
            out.append(
                    {Rule::UnknownEndpoint,
                     u"%1: not in the %2 contract, yet it was answered %3"_s.arg(name, generation)
                             .arg(exchange.status)});
        return out;
    }
    for (const auto &[key, value] : exchange.query.queryItems(QUrl::FullyDecoded)) {
        if (!ep->query.contains(key)) {
            out.append({Rule::UnknownQueryParameter,
                        u"%1: query parameter \"%2\" is not in the %3 contract"_s.arg(name, key,
                                                                                      generation)});
            continue;
        }
        const QString type = ep->query.value(key);
        bool ok = true;
        if (type == u"integer")
            value.toLongLong(&ok);
        else if (type == u"boolean")
            ok = value == u"true" || value == u"false";
        else if (isEnum(type))
            ok = enumValues(type).contains(value);
        if (!ok)
            out.append({Rule::BadQueryValue,
                        u"%1: query %2=\"%3\" is not %4"_s.arg(name, key, value, type)});
    }
    if (ep->requestShape.isEmpty()) {
        if (!exchange.requestBody.isEmpty())
            out.append({Rule::UnexpectedBody,
                        u"%1: a request body where the contract has none"_s.arg(name)});
        return out;
    }
    // A request the generation is known to refuse (the contract's "refusals") is fine when it got
    // exactly that refusal: it is how a client finds out, say, that a 2.18 server lacks a grant.
    QStringList alsoFields;
    QHash<QString, QString> relaxed;
    const bool form = g->shapes.value(ep->requestShape).kind == u"form";
    const QJsonObject sent = form ? formFields(exchange.requestBody)
                                  : QJsonDocument::fromJson(exchange.requestBody).object();
    for (const auto &refusal : ep->refusals) {
        bool matches = true;
        for (auto it = refusal.when.begin(); it != refusal.when.end() && matches; ++it)
            matches = sent.value(it.key()).toString() == it.value();
        if (!matches)
            continue;
        if (exchange.status != refusal.status)
            out.append({Rule::RefusalNotHonoured,
                        u"%1: %2 refuses this request with %3, it was answered %4"_s
                                .arg(name, generation)
                                .arg(refusal.status)
                                .arg(exchange.status)});
        alsoFields = refusal.alsoFields;
        relaxed = refusal.when;
    }
    out += checkBody(*g, exchange.requestContentType, exchange.requestBody, ep->requestShape,
                     name + u" request body"_s, alsoFields, relaxed);
    return out;
}

QList<Violation> ContractChecker::checkResponse(const QString &generation,
                                                const Exchange &exchange) const
{
    QList<Violation> out;
    const QString name = u"%1 %2 -> %3"_s.arg(QString::fromLatin1(exchange.method), exchange.path)
                                 .arg(exchange.status);
    const auto g = m_generations.constFind(generation);
    if (g == m_generations.cend()) {
        out.append({Rule::UnknownEndpoint,
                    u"%1: no generation %2 in the contract"_s.arg(name, generation)});
        return out;
    }
    const auto asErrorShape = [](QList<Violation> list) {
        for (auto &v : list)
            v.rule = Rule::WrongErrorShape;
        return list;
    };
    bool pathKnown = false;
    const Endpoint *ep = lookup(*g, exchange.method, exchange.path, &pathKnown);
    if (!ep) {
        if (exchange.status != 404 && !(pathKnown && exchange.status == 405)) {
            out.append(
                    {Rule::AnsweredAbsentEndpoint,
                     u"%1: %2 has no such endpoint, it must answer 404"_s.arg(name, generation)});
            return out;
        }
        return asErrorShape(checkBody(*g, exchange.responseContentType, exchange.responseBody,
                                      u"error"_s, name, {}, {}));
    }
    QStringList accepted = ep->responses.value(exchange.status);
    if (accepted.isEmpty() && ep->auth && g->authErrors.contains(exchange.status))
        accepted = {u"error"_s};
    if (accepted.isEmpty()) {
        out.append({Rule::UnexpectedStatus,
                    u"%1: status %2 is not in the %3 contract of %4 %5"_s.arg(name)
                            .arg(exchange.status)
                            .arg(generation, QString::fromLatin1(ep->method), ep->pathTemplate)});
        return out;
    }
    QList<Violation> firstFailure;
    for (const auto &shape : std::as_const(accepted)) {
        QList<Violation> trial = checkBody(*g, exchange.responseContentType, exchange.responseBody,
                                           shape, name + u" body"_s, {}, {});
        if (trial.isEmpty())
            return {};
        if (shape == u"error" || shape == u"oauth-error")
            trial = asErrorShape(trial);
        // Of several failed alternatives, the last one with a body says the most.
        if (firstFailure.isEmpty() || shape != NoBody)
            firstFailure = trial;
    }
    return firstFailure;
}

} // namespace runai::contract
