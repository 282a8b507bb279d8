// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class QSettings;

namespace CrossKey::Azure {

class Cloud;

// AccountIndex owns the non-secret list of saved sign-ins, kept in an injected QSettings, so that a later run
// finds the TokenStore entry of a cloud + tenant (by id or by the domain the user typed). It holds names and
// ids only — never a token: the secrets stay in the TokenStore under Entry::accountKey.
class AccountIndex final
{
public:
    struct Entry
    {
        QString cloud;        // Cloud::name()
        QUrl resourceManager; // tells custom clouds of the same name apart (two sandboxes)
        QString tenantId;     // `tid`
        QString tenant;       // as the user named it: an id, a domain, or empty
        QString username;     // shown only
        QString clientId;     // the public client the refresh token belongs to
        QString accountKey;   // the TokenStore key, Account::key()

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    // `settings` must outlive the index.
    explicit AccountIndex(QSettings *settings);

    QList<Entry> entries() const;
    // The entry of `cloud` whose tenant id or typed tenant is `tenant` (case-insensitive) and, when `clientId`
    // is not empty, whose client id is `clientId`.
    std::optional<Entry> find(const Cloud &cloud, const QString &tenant, const QString &clientId = {}) const;
    // Adds `entry`, replacing any entry of the same cloud and tenant id (one account per tenant).
    void add(const Entry &entry);
    // Removes the entry with this account key; removing a missing one does nothing.
    void remove(const QString &accountKey);

private:
    void write(const QList<Entry> &entries);

    QSettings *m_settings;
};

} // namespace CrossKey::Azure
