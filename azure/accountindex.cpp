// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/accountindex.h"

#include "azure/cloud.h"

#include <QSettings>

namespace CrossKey::Azure {

namespace {

const QString kGroup = QStringLiteral("accounts");

bool sameCloud(const AccountIndex::Entry &entry, const Cloud &cloud)
{
    return entry.cloud == cloud.accountKey() && entry.resourceManager.adjusted(QUrl::StripTrailingSlash) ==
                                                    cloud.resourceManagerUrl().adjusted(QUrl::StripTrailingSlash);
}

} // namespace

AccountIndex::AccountIndex(QSettings *settings)
    : m_settings(settings)
{}

QList<AccountIndex::Entry> AccountIndex::entries() const
{
    QList<Entry> entries;
    const int count = m_settings->beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Entry entry;
        entry.cloud = m_settings->value(QStringLiteral("cloud")).toString();
        entry.resourceManager = QUrl(m_settings->value(QStringLiteral("resourceManager")).toString());
        entry.tenantId = m_settings->value(QStringLiteral("tenantId")).toString();
        entry.tenant = m_settings->value(QStringLiteral("tenant")).toString();
        entry.username = m_settings->value(QStringLiteral("username")).toString();
        entry.clientId = m_settings->value(QStringLiteral("clientId")).toString();
        entry.accountKey = m_settings->value(QStringLiteral("accountKey")).toString();
        // A hand-edited or truncated entry is skipped, not guessed at.
        if (!entry.cloud.isEmpty() && !entry.tenantId.isEmpty() && !entry.accountKey.isEmpty()) {
            entries.append(entry);
        }
    }
    m_settings->endArray();
    return entries;
}

std::optional<AccountIndex::Entry> AccountIndex::find(const Cloud &cloud, const QString &tenant,
                                                      const QString &clientId) const
{
    if (tenant.isEmpty()) {
        return std::nullopt;
    }
    for (const Entry &entry : entries()) {
        const bool tenantMatches = entry.tenantId.compare(tenant, Qt::CaseInsensitive) == 0 ||
                                   (!entry.tenant.isEmpty() && entry.tenant.compare(tenant, Qt::CaseInsensitive) == 0);
        const bool clientMatches = clientId.isEmpty() || entry.clientId.compare(clientId, Qt::CaseInsensitive) == 0;
        if (sameCloud(entry, cloud) && tenantMatches && clientMatches) {
            return entry;
        }
    }
    return std::nullopt;
}

void AccountIndex::add(const Entry &entry)
{
    QList<Entry> list = entries();
    list.removeIf([&entry](const Entry &other) {
        return other.accountKey == entry.accountKey ||
               (other.cloud == entry.cloud && other.resourceManager == entry.resourceManager &&
                other.tenantId.compare(entry.tenantId, Qt::CaseInsensitive) == 0);
    });
    list.append(entry);
    write(list);
}

void AccountIndex::remove(const QString &accountKey)
{
    QList<Entry> list = entries();
    if (list.removeIf([&accountKey](const Entry &entry) { return entry.accountKey == accountKey; }) > 0) {
        write(list);
    }
}

void AccountIndex::write(const QList<Entry> &entries)
{
    m_settings->remove(kGroup);
    m_settings->beginWriteArray(kGroup, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &entry = entries.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("cloud"), entry.cloud);
        m_settings->setValue(QStringLiteral("resourceManager"), entry.resourceManager.toString());
        m_settings->setValue(QStringLiteral("tenantId"), entry.tenantId);
        m_settings->setValue(QStringLiteral("tenant"), entry.tenant);
        m_settings->setValue(QStringLiteral("username"), entry.username);
        m_settings->setValue(QStringLiteral("clientId"), entry.clientId);
        m_settings->setValue(QStringLiteral("accountKey"), entry.accountKey);
    }
    m_settings->endArray();
    m_settings->sync();
}

} // namespace CrossKey::Azure
