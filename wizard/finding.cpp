// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/finding.h"

#include <QJsonArray>

namespace CrossKey::Wizard {

QStringList Finding::links()
{
    return {QStringLiteral("isv-tenant"),
            QStringLiteral("identity"),
            QStringLiteral("app"),
            QStringLiteral("credential"),
            QStringLiteral("customer-tenant"),
            QStringLiteral("service-principal"),
            QStringLiteral("vault"),
            QStringLiteral("key"),
            QStringLiteral("storage-account"),
            QStringLiteral("data")};
}

QString Finding::linkTitle(const QString &link)
{
    static const char *const kTitles[] = {
        QT_TR_NOOP("ISV tenant"),      QT_TR_NOOP("Managed identity"),
        QT_TR_NOOP("Multitenant app"), QT_TR_NOOP("Federated credential"),
        QT_TR_NOOP("Customer tenant"), QT_TR_NOOP("Service principal"),
        QT_TR_NOOP("Key vault"),       QT_TR_NOOP("Key"),
        QT_TR_NOOP("Storage account"), QT_TR_NOOP("Data access"),
    };
    const qsizetype index = links().indexOf(link);
    return index < 0 ? link : tr(kTitles[index]);
}

QString Finding::statusName(Status status)
{
    switch (status) {
    case Pass:
        return QStringLiteral("pass");
    case Warning:
        return QStringLiteral("warning");
    case Fail:
        return QStringLiteral("fail");
    case NotChecked:
        break;
    }
    return QStringLiteral("not-checked");
}

QString Finding::statusTitle(Status status)
{
    switch (status) {
    case Pass:
        return tr("Pass");
    case Warning:
        return tr("Warning");
    case Fail:
        return tr("Fail");
    case NotChecked:
        break;
    }
    return tr("Not checked");
}

QJsonObject Finding::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("link"), link},
                     {QStringLiteral("status"), statusName(status)},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("cause"), cause},
                     {QStringLiteral("fix"), fix},
                     {QStringLiteral("cli"), cli},
                     {QStringLiteral("evidence"), QJsonArray::fromStringList(evidence)}};
    if (!errorId.isEmpty()) {
        json.insert(QStringLiteral("errorId"), errorId);
    }
    return json;
}

} // namespace CrossKey::Wizard
