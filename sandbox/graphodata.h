// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/response.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace CrossKey::Sandbox {

class GraphCall;

// GraphOData applies the query options this flow uses to a Graph collection (CONTRACTS.md §0
// paging, §2.3): $filter with `eq` and `startswith` joined by `and`, $select, $top (1-999, default
// 100) and $skiptoken paging with an absolute @odata.nextLink. Other options are refused.
class GraphOData final
{
public:
    // `type` names the entity type in errors ("application"); `properties` are its JSON names;
    // `filterable` the ones $filter may use.
    GraphOData(const GraphCall &call, const QString &type, const QStringList &properties,
               const QStringList &filterable);

    // The 400 to send when the query options are not acceptable.
    const std::optional<Response> &error() const { return m_error; }

    bool matches(const QJsonObject &entity) const;
    QJsonObject select(const QJsonObject &entity) const;
    // {"@odata.context", "value", "@odata.nextLink"}: one page of the entities that match.
    Response collection(const QString &entitySet, const QList<QJsonObject> &entities) const;
    // One entity with $select applied; the context is {entitySet}(select)/$entity.
    Response entity(const QString &entitySet, const QJsonObject &entity, int status = 200) const;

private:
    struct Clause
    {
        QString property;
        bool prefix = false; // startswith() rather than eq
        QString value;
    };

    void parseFilter(const QString &filter);
    void parseSelect(const QString &select);
    void parsePaging();
    QString property(const QString &name) const; // canonical name, empty when unknown
    QString contextFor(const QString &entitySet) const;
    QString nextLink(int skip) const;

    const GraphCall &m_call;
    QString m_type;
    QStringList m_properties;
    QStringList m_filterable;
    QList<Clause> m_clauses;
    QStringList m_select;
    int m_top = 100;
    int m_skip = 0;
    std::optional<Response> m_error;
};

} // namespace CrossKey::Sandbox
