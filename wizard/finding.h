// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace CrossKey::Wizard {

// One result of Diagnose: one check on one link of the cross-tenant key chain (CONTRACTS.md §5), with the values
// read as evidence. Evidence holds values and request ids only, never a token or secret.
struct Finding
{
    Q_DECLARE_TR_FUNCTIONS(Finding)

public:
    enum Status
    {
        Pass,
        Warning,
        Fail,
        NotChecked,
    };

    QString id;   // stable, e.g. "credential.subject"
    QString link; // one of links()
    Status status = NotChecked;
    QString title;
    QString cause; // plain language; for NotChecked: why not
    QString fix;
    QString cli;
    QStringList evidence;
    QString errorId; // the ErrorCatalogue entry that explains it, if any

    // The links of the chain in order: isv-tenant, identity, app, credential, customer-tenant, service-principal,
    // vault, key, storage-account, data.
    static QStringList links();
    static QString linkTitle(const QString &link);
    // "pass", "warning", "fail", "not-checked" (the JSON report's values).
    static QString statusName(Status status);
    static QString statusTitle(Status status); // translated
    QJsonObject toJson() const;
};

} // namespace CrossKey::Wizard

Q_DECLARE_METATYPE(CrossKey::Wizard::Finding)
