// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/cloud.h"
#include "azure/result.h"
#include "wizard/runcontext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace CrossKey::Wizard {

// Invitation is what the ISV sends the customer after phase 1 (issue 7): which cloud, the ISV tenant, the
// multitenant app's id and name, and the admin-consent link that installs the app in the customer's tenant.
// A small versioned JSON file (type "crosskey-invitation", version 1) without secrets; read strictly, so a
// tampered file (a consent link for another app or host, ids that are not GUIDs, unknown fields) is refused.
struct Invitation
{
    Q_DECLARE_TR_FUNCTIONS(Invitation)

public:
    static constexpr QLatin1String kType{"crosskey-invitation"};
    static constexpr int kVersion = 1;

    int version = kVersion;
    // "public", "usgov", "china", or a custom cloud's Resource Manager URL (the sandbox).
    QString cloud;
    QString isvTenantId;
    QString appId;
    QString appName;
    QUrl adminConsentUrl;
    QDateTime createdAt; // UTC

    // {authorityHost}/organizations/adminconsent?client_id={appId} (CONTRACTS.md §1.7, docs/isv-prepare.md).
    static QUrl adminConsentUrlFor(const Azure::Cloud &cloud, const QString &appId);
    // How `cloud` is written in the file for this cloud.
    static QString cloudNameFor(const Azure::Cloud &cloud);

    // From a finished ISV prepare run (TenantId, AppId, AppName). InvalidInput when one is missing.
    static Azure::Result<Invitation> fromContext(const RunContext &context, const Azure::Cloud &cloud,
                                                 const QDateTime &now = QDateTime::currentDateTimeUtc());

    QJsonObject toJson() const;
    // Strict; `path` only names the source in errors. The consent link must be the adminconsent form with
    // client_id = appId, on the authority host when `cloud` names a built-in cloud (a custom cloud's
    // authority is known only from its metadata: check it with checkCloud() once that is read).
    static Azure::Result<Invitation> fromJson(const QJsonObject &json, const QString &path = {});
    // The consent link is on `cloud`'s authority host and `cloud` is the one the file names.
    Azure::Result<void> checkCloud(const Azure::Cloud &cloud) const;

    Azure::Result<void> save(const QString &path) const;
    static Azure::Result<Invitation> load(const QString &path);

    // A plain-text message for mail: the ids and link, and what the customer will be asked to do, in order.
    QString toText() const;

    friend bool operator==(const Invitation &, const Invitation &) = default;
};

} // namespace CrossKey::Wizard
