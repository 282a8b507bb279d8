// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/graphobject.h"
#include "azure/keyvaultinfo.h"
#include "azure/storageaccountinfo.h"
#include "wizard/diagnosisreport.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace CrossKey::Azure {
class Clock;
class TenantConnection;
} // namespace CrossKey::Azure

namespace CrossKey::Wizard {

// What to diagnose: one of a storage account, an app (client) id or a key URI, and the tenants the user reached.
// A missing connection marks that tenant's checks "not checked".
struct DiagnoseInput
{
    QString storageAccountId;   // "/subscriptions/…/storageAccounts/{name}", or:
    QString storageAccountName; // with subscriptionId
    QString subscriptionId;
    QString appId;
    QString keyUri;   // "https://{vault}.vault.azure.net/keys/{name}[/{version}]" (the sandbox's path form too)
    QString blobPath; // optional "{container}/{blob}" to read; else a probe in the first container
    Azure::TenantConnection *isv = nullptr;
    Azure::TenantConnection *customer = nullptr;
};

// Diagnosis follows the cross-tenant key chain (CONTRACTS.md §5) read-only, GET and list calls only, and reports
// one Finding per check as it completes (findingReady), then the whole report (finished). Independent reads run
// in parallel; the pipelines bound how many are in flight. Findings that need no call (a tenant not signed in) may
// come during start(); finished comes exactly once, after start() returned; cancel() stops it without a report.
class Diagnosis final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Diagnosis)

public:
    Diagnosis(DiagnoseInput input, const Azure::Clock &clock, QObject *parent = nullptr);
    ~Diagnosis() override;

    void start();
    void cancel();
    bool isRunning() const { return m_started && !m_done; }
    const DiagnosisReport &report() const { return m_report; }

    // Splits a key URI into the vault URI, key name and version; false when it is not one (§4.6).
    static bool splitKeyUri(const QString &keyUri, QString *vaultUri, QString *keyName, QString *version);

Q_SIGNALS:
    void findingReady(const CrossKey::Wizard::Finding &finding);
    void finished(const CrossKey::Wizard::DiagnosisReport &report);

private:
    // Starts `job` and counts it in flight; `handler` gets its result. The diagnosis ends when nothing is left.
    template<typename Job, typename Handler>
    void call(Job *job, Handler handler)
    {
        ++m_pending;
        QPointer<Job> guarded(job);
        m_cancellers.append([guarded] {
            if (guarded) {
                guarded->cancel();
            }
        });
        connect(job, &Job::finished, this, [this, handler = std::move(handler)](const auto &result) {
            --m_pending;
            if (m_done) {
                return;
            }
            handler(result);
            settle();
        });
        job->start();
    }
    void settle();
    void emitFinding(Finding finding);
    Finding make(const QString &id, const QString &link, Finding::Status status, const QString &title) const;
    // A finding for a read that failed: not checked (no access, unknown answer), explained by the catalogue when it
    // can, the error verbatim with its request ids otherwise.
    Finding readFailed(const QString &id, const QString &link, const QString &title,
                       const Azure::AzureError &error) const;
    void notChecked(const QStringList &ids, const QString &link, const QString &title, const QString &why);

    // ISV side (diagnosisisv.cpp)
    void startIsv();
    void readAccount();
    void checkAccount(const Azure::StorageAccountInfo &account);
    void readIdentity();
    void readApp();
    void readCredentials(const QString &applicationObjectId);
    void checkCredentials();
    void readFeature();
    void probeData();
    void readBlob(const QString &path);

    // Customer side (diagnosiscustomer.cpp)
    void startCustomer();
    void readServicePrincipal();
    void findVault();
    void checkVault(const Azure::KeyVaultInfo &vault);
    void readKey();
    void checkAccess();

    DiagnoseInput m_input;
    const Azure::Clock &m_clock;
    DiagnosisReport m_report;
    QList<std::function<void()>> m_cancellers;
    int m_pending = 0;
    bool m_started = false;
    bool m_done = false;
    bool m_customerStarted = false;

    // Facts learnt along the chain.
    QString m_isvTenantId;
    QString m_customerTenantId;
    QString m_identityId;
    QString m_identityPrincipalId;
    QString m_issuer;
    QString m_appId;
    QString m_vaultUri;
    QString m_keyName;
    QString m_keyVersion;
    QString m_spObjectId;
    std::optional<Azure::StorageAccountInfo> m_account;
    std::optional<Azure::KeyVaultInfo> m_vault;
    QJsonArray m_credentials;
    int m_credentialInputs = 0; // of issuer, identity, credentials: how many have been read (3: compare)
    bool m_credentialInputsOk = true;
    int m_accessInputs = 0;  // of service principal and vault
    int m_vaultSearches = 0; // subscriptions still being searched for the vault
};

} // namespace CrossKey::Wizard
