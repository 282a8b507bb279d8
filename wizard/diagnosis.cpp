// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/diagnosis.h"

#include "azure/clock.h"
#include "azure/tenantconnection.h"
#include "wizard/errorcatalogue.h"

#include <QUrl>

namespace CrossKey::Wizard {

Diagnosis::Diagnosis(DiagnoseInput input, const Azure::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_input(std::move(input))
    , m_clock(clock)
{}

Diagnosis::~Diagnosis()
{
    cancel();
}

bool Diagnosis::splitKeyUri(const QString &keyUri, QString *vaultUri, QString *keyName, QString *version)
{
    const QUrl url(keyUri.trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return false;
    }
    const QString path = url.path();
    const qsizetype at = path.lastIndexOf(QLatin1String("/keys/"));
    if (at < 0) {
        return false;
    }
    const QStringList rest = path.mid(at + 6).split(u'/', Qt::SkipEmptyParts);
    if (rest.isEmpty() || rest.size() > 2) {
        return false;
    }
    QUrl vault = url;
    vault.setPath(path.left(at));
    vault.setQuery(QString());
    vault.setFragment(QString());
    if (vault.port() == 443) {
        vault.setPort(-1);
    }
    *vaultUri = vault.toString();
    *keyName = rest.at(0);
    *version = rest.size() > 1 ? rest.at(1) : QString();
    return true;
}

void Diagnosis::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    m_report.startedAt = m_clock.now();
    const Azure::TenantConnection *any = m_input.isv ? m_input.isv : m_input.customer;
    m_report.cloud = any ? any->cloud().name() : QString();
    m_isvTenantId = m_input.isv ? m_input.isv->tenantId() : QString();
    m_customerTenantId = m_input.customer ? m_input.customer->tenantId() : QString();
    m_appId = m_input.appId.trimmed();
    if (!m_input.storageAccountId.isEmpty() || !m_input.storageAccountName.isEmpty()) {
        m_report.targetKind = QStringLiteral("storage-account");
        m_report.target =
            m_input.storageAccountId.isEmpty()
                ? QStringLiteral("%1 (subscription %2)").arg(m_input.storageAccountName, m_input.subscriptionId)
                : m_input.storageAccountId;
    } else if (!m_appId.isEmpty()) {
        m_report.targetKind = QStringLiteral("app");
        m_report.target = m_appId;
    } else {
        m_report.targetKind = QStringLiteral("key");
        m_report.target = m_input.keyUri;
    }
    if (!m_input.keyUri.isEmpty() && !splitKeyUri(m_input.keyUri, &m_vaultUri, &m_keyName, &m_keyVersion)) {
        Finding finding = make(QStringLiteral("key.uri"), QStringLiteral("key"), Finding::Fail, tr("Key URI"));
        finding.cause =
            tr("“%1” is not a key URI (https://{vault}.vault.azure.net/keys/{name}[/{version}]).").arg(m_input.keyUri);
        emitFinding(finding);
    }
    startIsv();
    // Without a storage account to read, the customer side has all it needs now; else it starts once the account
    // names the app and the key.
    if (m_report.targetKind != QLatin1String("storage-account") || !m_input.isv) {
        startCustomer();
    }
    // Finish after start() returned even when there was nothing to ask.
    QMetaObject::invokeMethod(this, &Diagnosis::settle, Qt::QueuedConnection);
}

void Diagnosis::cancel()
{
    if (m_done || !m_started) {
        return;
    }
    m_done = true;
    const auto cancellers = std::exchange(m_cancellers, {});
    for (const auto &cancelJob : cancellers) {
        cancelJob();
    }
}

void Diagnosis::settle()
{
    if (m_done || m_pending > 0) {
        return;
    }
    m_done = true;
    m_cancellers.clear();
    m_report.finishedAt = m_clock.now();
    m_report.isvTenantId = m_isvTenantId;
    m_report.customerTenantId = m_customerTenantId;
    // Chain order, then the order the checks completed in.
    std::stable_sort(m_report.findings.begin(), m_report.findings.end(), [](const Finding &a, const Finding &b) {
        return Finding::links().indexOf(a.link) < Finding::links().indexOf(b.link);
    });
    Q_EMIT finished(m_report);
}

Finding Diagnosis::make(const QString &id, const QString &link, Finding::Status status, const QString &title) const
{
    Finding finding;
    finding.id = id;
    finding.link = link;
    finding.status = status;
    finding.title = title;
    return finding;
}

void Diagnosis::emitFinding(Finding finding)
{
    if (m_done) {
        return;
    }
    m_report.findings.append(finding);
    Q_EMIT findingReady(finding);
}

Finding Diagnosis::readFailed(const QString &id, const QString &link, const QString &title,
                              const Azure::AzureError &error) const
{
    Finding finding = make(id, link, Finding::NotChecked, title);
    finding.evidence.append(error.summary());
    if (!error.innerCode().isEmpty() && !error.summary().contains(error.innerCode())) {
        finding.evidence.append(tr("inner code: %1").arg(error.innerCode()));
    }
    finding.evidence += error.details();
    for (auto it = error.requestIds().cbegin(); it != error.requestIds().cend(); ++it) {
        finding.evidence.append(QStringLiteral("%1: %2").arg(it.key(), it.value()));
    }
    if (const auto entry = ErrorCatalogue::explain(error)) {
        finding.errorId = entry->id;
        finding.cause = tr("Could not read: %1. %2").arg(entry->title, entry->cause);
        finding.fix = entry->fix;
        finding.cli = entry->cli;
    } else {
        finding.cause = tr("Could not read; Azure answered: %1").arg(error.summary());
    }
    return finding;
}

void Diagnosis::notChecked(const QStringList &ids, const QString &link, const QString &title, const QString &why)
{
    for (const QString &id : ids) {
        Finding finding = make(id, link, Finding::NotChecked, title);
        finding.cause = why;
        emitFinding(finding);
    }
}

} // namespace CrossKey::Wizard
