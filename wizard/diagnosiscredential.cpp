// SPDX-License-Identifier: GPL-3.0-or-later
// Diagnosis: the federated credential comparison and the blob read.
#include "azure/blobclient.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"
#include "azure/tenantconnection.h"
#include "wizard/diagnosis.h"
#include "wizard/errorcatalogue.h"

#include <QJsonObject>
#include <QXmlStreamReader>

namespace CrossKey::Wizard {

namespace {

constexpr int kMaxCredentials = 20; // per application (CONTRACTS.md §2.5)

QString describe(const QJsonObject &credential)
{
    QStringList audiences;
    for (const QJsonValue &audience : credential.value(QLatin1String("audiences")).toArray()) {
        audiences.append(audience.toString());
    }
    return QStringLiteral("%1: issuer %2, subject %3, audiences %4")
        .arg(credential.value(QLatin1String("name")).toString(), credential.value(QLatin1String("issuer")).toString(),
             credential.value(QLatin1String("subject")).toString(), audiences.join(u','));
}

bool hasOnlyAudience(const QJsonObject &credential, const QString &audience)
{
    const QJsonArray audiences = credential.value(QLatin1String("audiences")).toArray();
    return audiences.size() == 1 && audiences.first().toString() == audience;
}

} // namespace

void Diagnosis::checkCredentials()
{
    if (m_credentialInputs != 3) {
        return;
    }
    ++m_credentialInputs; // once
    const QString link = QStringLiteral("credential");
    const QString title = tr("Federated credential matches");
    if (!m_credentialInputsOk) {
        // The finding that explains why (a missing app or identity) is already out.
        notChecked({QStringLiteral("credential.match")}, link, title,
                   tr("The app, the identity or the ISV tenant's issuer could not be read, so the credential cannot be "
                      "compared."));
        return;
    }
    const QString audience = m_input.isv->cloud().ficAudience();
    const QString subject = m_identityPrincipalId;
    Finding finding = make(QStringLiteral("credential.match"), link, Finding::Pass, title);
    finding.evidence = {tr("expected issuer: %1").arg(m_issuer),
                        tr("expected subject: %1").arg(subject.isEmpty() ? tr("(unknown: no identity)") : subject),
                        tr("expected audience: %1").arg(audience)};
    for (const QJsonValue &value : m_credentials) {
        finding.evidence.append(describe(value.toObject()));
    }
    finding.cli = QStringLiteral("az ad app federated-credential list --id %1").arg(m_appId);

    const QJsonObject *exact = nullptr;
    const QJsonObject *caseOnly = nullptr;
    const QJsonObject *wrongAudience = nullptr;
    const QJsonObject *wrongIssuer = nullptr;
    QList<QJsonObject> credentials;
    for (const QJsonValue &value : m_credentials) {
        credentials.append(value.toObject());
    }
    for (const QJsonObject &credential : credentials) {
        const QString issuer = credential.value(QLatin1String("issuer")).toString();
        const QString sub = credential.value(QLatin1String("subject")).toString();
        const bool subjectExact = subject.isEmpty() || sub == subject;
        const bool subjectCase = !subjectExact && sub.compare(subject, Qt::CaseInsensitive) == 0;
        if (issuer == m_issuer && subjectExact && hasOnlyAudience(credential, audience)) {
            exact = &credential;
        } else if (subjectCase) {
            caseOnly = &credential;
        } else if (subjectExact && issuer == m_issuer) {
            wrongAudience = &credential;
        } else if (subjectExact && !subject.isEmpty()) {
            wrongIssuer = &credential;
        }
    }
    const auto fail = [&finding](const QString &errorId, const QString &cause) {
        finding.status = Finding::Fail;
        finding.errorId = errorId;
        finding.cause = cause;
        if (const auto entry = ErrorCatalogue::byId(errorId)) {
            finding.fix = entry->fix;
        }
    };
    if (exact) {
        finding.cause =
            subject.isEmpty()
                ? tr("A credential has the ISV tenant's issuer and the exchange audience (no identity was "
                     "given to compare the subject with).")
                : tr("Credential %1 names the issuer, the identity's principal id and the audience exactly.")
                      .arg(exact->value(QLatin1String("name")).toString());
    } else if (credentials.isEmpty()) {
        fail(QStringLiteral("aadsts-7000226"),
             tr("The app has no federated credential: Storage's token exchange fails (AADSTS7000226)."));
    } else if (caseOnly) {
        fail(QStringLiteral("aadsts-700213"),
             tr("Credential %1's subject differs from the identity's principal id only in letter case; matching is "
                "case-sensitive (AADSTS700213).")
                 .arg(caseOnly->value(QLatin1String("name")).toString()));
    } else if (wrongAudience) {
        fail(QStringLiteral("aadsts-700212"),
             tr("Credential %1 has the right issuer and subject but not the audience %2 (AADSTS700212).")
                 .arg(wrongAudience->value(QLatin1String("name")).toString(), audience));
    } else if (wrongIssuer) {
        fail(QStringLiteral("aadsts-700211"),
             tr("Credential %1 names the identity but not the ISV tenant's issuer %2 (AADSTS700211).")
                 .arg(wrongIssuer->value(QLatin1String("name")).toString(), m_issuer));
    } else {
        fail(QStringLiteral("aadsts-700213"),
             tr("No federated credential names the identity's principal id as its subject (AADSTS700213)."));
    }
    emitFinding(finding);

    Finding count = make(QStringLiteral("credential.count"), link,
                         credentials.size() >= kMaxCredentials ? Finding::Warning : Finding::Pass,
                         tr("Federated credentials in use"));
    count.evidence = {tr("%1 of %2").arg(credentials.size()).arg(kMaxCredentials)};
    count.cause = credentials.size() >= kMaxCredentials
                      ? tr("The app has the maximum of %1 federated credentials: no other identity can be added.")
                            .arg(kMaxCredentials)
                      : tr("The app has room for more federated credentials.");
    emitFinding(count);
}

void Diagnosis::probeData()
{
    const QString link = QStringLiteral("data");
    const QString title = tr("Blob read");
    if (!m_account->blobEndpoint.isValid()) {
        notChecked({QStringLiteral("data.read")}, link, title, tr("The account has no blob endpoint."));
        return;
    }
    if (!m_input.blobPath.isEmpty()) {
        readBlob(m_input.blobPath);
        return;
    }
    // Listing containers keeps working when the key is unusable (CONTRACTS.md §5); it picks a container to read in.
    Azure::BlobClient blobs(m_input.isv->pipeline(), m_account->blobEndpoint);
    Azure::RestRequest request = Azure::RestRequest::get(Azure::RestRequest::Service::Storage,
                                                         blobs.url(QString(), QStringLiteral("comp=list")));
    request.headers.append({"x-ms-version", QByteArray(Azure::BlobClient::kVersion.data())});
    call(m_input.isv->pipeline()->send(request), [this, link, title](const Azure::RestResult &r) {
        if (!r) {
            Finding finding = readFailed(QStringLiteral("data.read"), link, title, r.error());
            if (r.error().code() == QLatin1String("AuthorizationPermissionMismatch")) {
                finding.cause = tr("You have no Storage Blob Data role on the account, so data access was not tried.");
            }
            emitFinding(finding);
            return;
        }
        QXmlStreamReader xml(r.value().body);
        QString container;
        while (!xml.atEnd() && container.isEmpty()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Name")) {
                container = xml.readElementText();
            }
        }
        if (container.isEmpty()) {
            notChecked({QStringLiteral("data.read")}, link, title, tr("The account has no container to read from."));
            return;
        }
        readBlob(container + QStringLiteral("/crosskey-diagnose-probe"));
    });
}

void Diagnosis::readBlob(const QString &path)
{
    const QString link = QStringLiteral("data");
    const QString title = tr("Blob read");
    const QString container = path.section(u'/', 0, 0);
    const QString blob = path.section(u'/', 1);
    Azure::BlobClient blobs(m_input.isv->pipeline(), m_account->blobEndpoint);
    call(blobs.getBlob(container, blob), [this, path, link, title](const Azure::RestResult &r) {
        Finding finding = make(QStringLiteral("data.read"), link, Finding::Pass, title);
        finding.evidence = {tr("blob: %1").arg(path)};
        finding.cli = QStringLiteral("az storage blob show --account-name %1 -c %2 -n %3 --auth-mode login")
                          .arg(m_account->name, path.section(u'/', 0, 0), path.section(u'/', 1));
        if (r) {
            finding.cause = tr("The blob was read: the account's data is reachable with the customer's key.");
            emitFinding(finding);
            return;
        }
        const Azure::AzureError &error = r.error();
        if (error.httpStatus() == 404) {
            // [unverified] The sandbox checks the key before it looks the blob up; Azure is believed to do the same.
            finding.cause = tr("The probe blob does not exist, and Storage answered past the key check [unverified].");
            finding.evidence.append(error.summary());
            emitFinding(finding);
            return;
        }
        finding = readFailed(QStringLiteral("data.read"), link, title, error);
        finding.evidence.prepend(tr("blob: %1").arg(path));
        if (error.code() == QLatin1String("AuthorizationPermissionMismatch")) {
            finding.cause = tr("You have no Storage Blob Data role on the account, so data access was not tried.");
        } else if (error.code().startsWith(QLatin1String("KeyVault")) || error.httpStatus() >= 500) {
            finding.status = Finding::Fail;
            const auto entry = ErrorCatalogue::explain(error);
            finding.cause = tr("Storage cannot read the data with the customer's key: %1")
                                .arg(entry ? entry->cause : error.summary());
        }
        emitFinding(finding);
    });
}

} // namespace CrossKey::Wizard
