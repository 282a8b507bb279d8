// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/graphodata.h"

#include "sandbox/graphcall.h"
#include "sandbox/servicecontext.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace CrossKey::Sandbox {

namespace {

const QString kSkipPrefix = QStringLiteral("sandbox-skip:");

// Splits at " and " outside string literals.
QStringList splitAnd(const QString &text)
{
    QStringList parts;
    bool quoted = false;
    int start = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\'')) {
            quoted = !quoted;
        } else if (!quoted && text.mid(i, 5).compare(QLatin1String(" and "), Qt::CaseInsensitive) == 0) {
            parts.append(text.mid(start, i - start));
            start = i + 5;
            i += 4;
        }
    }
    parts.append(text.mid(start));
    return parts;
}

} // namespace

GraphOData::GraphOData(const GraphCall &call, const QString &type, const QStringList &properties,
                       const QStringList &filterable)
    : m_call(call)
    , m_type(type)
    , m_properties(properties)
    , m_filterable(filterable)
{
    const FormBody &query = call.request().query;
    for (const char *unsupported : {"$orderby", "$search", "$count", "$expand", "$skip"}) {
        if (query.contains(QLatin1String(unsupported))) {
            m_error = call.error(400, QStringLiteral("Request_UnsupportedQuery"), QStringLiteral("Unsupported Query."));
            return;
        }
    }
    if (query.contains(QStringLiteral("$filter"))) {
        parseFilter(query.value(QStringLiteral("$filter")));
    }
    if (!m_error && query.contains(QStringLiteral("$select"))) {
        parseSelect(query.value(QStringLiteral("$select")));
    }
    if (!m_error) {
        parsePaging();
    }
}

QString GraphOData::property(const QString &name) const
{
    for (const QString &known : m_properties) {
        if (known.compare(name, Qt::CaseInsensitive) == 0) {
            return known;
        }
    }
    return {};
}

void GraphOData::parseFilter(const QString &filter)
{
    static const QRegularExpression eq(QStringLiteral("^\\s*(\\w+)\\s+eq\\s+'((?:[^']|'')*)'\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression startsWith(
        QStringLiteral("^\\s*startswith\\s*\\(\\s*(\\w+)\\s*,\\s*'((?:[^']|'')*)'\\s*\\)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &part : splitAnd(filter)) {
        QRegularExpressionMatch match = eq.match(part);
        const bool prefix = !match.hasMatch();
        if (prefix) {
            match = startsWith.match(part);
        }
        if (!match.hasMatch()) {
            m_error = m_call.error(400, QStringLiteral("BadRequest"), QStringLiteral("Invalid filter clause"));
            return;
        }
        const QString name = property(match.captured(1));
        if (name.isEmpty()) {
            m_error = m_call.error(400, QStringLiteral("BadRequest"),
                                   QStringLiteral("Could not find a property named '%1' on type 'microsoft.graph.%2'.")
                                       .arg(match.captured(1), m_type));
            return;
        }
        if (!m_filterable.contains(name)) {
            m_error =
                m_call.error(400, QStringLiteral("Request_UnsupportedQuery"), QStringLiteral("Unsupported Query."));
            return;
        }
        m_clauses.append(Clause{name, prefix, match.captured(2).replace(QStringLiteral("''"), QStringLiteral("'"))});
    }
}

void GraphOData::parseSelect(const QString &select)
{
    for (const QString &item : select.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = property(item.trimmed());
        if (name.isEmpty()) {
            m_error = m_call.error(400, QStringLiteral("BadRequest"),
                                   QStringLiteral("Parsing OData Select and Expand failed: Could not find a property "
                                                  "named '%1' on type 'microsoft.graph.%2'.")
                                       .arg(item.trimmed(), m_type));
            return;
        }
        if (!m_select.contains(name)) {
            m_select.append(name);
        }
    }
}

void GraphOData::parsePaging()
{
    const FormBody &query = m_call.request().query;
    if (query.contains(QStringLiteral("$top"))) {
        const QString text = query.value(QStringLiteral("$top"));
        bool ok = false;
        m_top = text.toInt(&ok);
        if (!ok || m_top < 1 || m_top > 999) {
            m_error = m_call.error(
                400, QStringLiteral("Request_UnsupportedQuery"),
                QStringLiteral("Invalid page size specified: '%1'. Must be between 1 and 999 inclusive.").arg(text));
            return;
        }
    }
    if (query.contains(QStringLiteral("$skiptoken"))) {
        const QString decoded = QString::fromUtf8(QByteArray::fromBase64(
            query.value(QStringLiteral("$skiptoken")).toLatin1(), QByteArray::Base64UrlEncoding));
        bool ok = false;
        m_skip = decoded.startsWith(kSkipPrefix) ? decoded.mid(kSkipPrefix.size()).toInt(&ok) : 0;
        if (!ok || m_skip < 0) {
            m_error = m_call.error(
                400, QStringLiteral("Directory_ExpiredPageToken"),
                QStringLiteral(
                    "The specified page token value has expired and can no longer be included in your request."));
        }
    }
}

bool GraphOData::matches(const QJsonObject &entity) const
{
    for (const Clause &clause : m_clauses) {
        const QJsonValue value = entity.value(clause.property);
        if (!value.isString()) {
            return false;
        }
        const QString text = value.toString();
        if (clause.prefix ? !text.startsWith(clause.value, Qt::CaseInsensitive)
                          : text.compare(clause.value, Qt::CaseInsensitive) != 0) {
            return false;
        }
    }
    return true;
}

QJsonObject GraphOData::select(const QJsonObject &entity) const
{
    if (m_select.isEmpty()) {
        return entity;
    }
    QJsonObject selected;
    for (const QString &name : m_select) {
        selected.insert(name, entity.value(name));
    }
    return selected;
}

QString GraphOData::contextFor(const QString &entitySet) const
{
    return m_select.isEmpty() ? entitySet
                              : entitySet + QLatin1Char('(') + m_select.join(QLatin1Char(',')) + QLatin1Char(')');
}

QString GraphOData::nextLink(int skip) const
{
    const Request &request = m_call.request();
    QStringList parts;
    for (const auto &item : request.query.items()) {
        if (item.first != QLatin1String("$skiptoken")) {
            parts.append(item.first + QLatin1Char('=') +
                         QString::fromLatin1(QUrl::toPercentEncoding(item.second, "$'(),:@/")));
        }
    }
    const QByteArray token = (kSkipPrefix + QString::number(skip))
                                 .toUtf8()
                                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    parts.append(QStringLiteral("$skiptoken=") + QString::fromLatin1(token));
    const QString path = QString::fromLatin1(QUrl(request.path).toEncoded(QUrl::FullyEncoded));
    return m_call.context().url(path) + QLatin1Char('?') + parts.join(QLatin1Char('&'));
}

Response GraphOData::collection(const QString &entitySet, const QList<QJsonObject> &entities) const
{
    QList<QJsonObject> matched;
    for (const QJsonObject &entity : entities) {
        if (matches(entity)) {
            matched.append(entity);
        }
    }
    QJsonArray value;
    const int end = qMin(matched.size(), m_skip + m_top);
    for (int i = m_skip; i < end; ++i) {
        value.append(select(matched.at(i)));
    }
    QJsonObject body{{QStringLiteral("@odata.context"), m_call.metadataContext(contextFor(entitySet))},
                     {QStringLiteral("value"), value}};
    if (end < matched.size()) {
        body.insert(QStringLiteral("@odata.nextLink"), nextLink(end));
    }
    return Response::json(body);
}

Response GraphOData::entity(const QString &entitySet, const QJsonObject &entity, int status) const
{
    QJsonObject body = select(entity);
    body.insert(QStringLiteral("@odata.context"),
                m_call.metadataContext(contextFor(entitySet) + QStringLiteral("/$entity")));
    return Response::json(body, status);
}

} // namespace CrossKey::Sandbox
