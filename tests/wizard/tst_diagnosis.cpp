// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/graphobjectjob.h"
#include "azure/restjob.h"
#include "diagnosesandbox.h"
#include "sandbox/requestlog.h"
#include "wizard/diagnosereportformat.h"
#include "wizard/diagnosis.h"
#include "wizard/errorcatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

using namespace CrossKey;
using Tests::DiagnoseSandbox;
using Wizard::DiagnoseInput;
using Wizard::Diagnosis;
using Wizard::DiagnosisReport;
using Wizard::Finding;

namespace {

DiagnosisReport run(DiagnoseSandbox &sandbox, const DiagnoseInput &input, int *live = nullptr)
{
    Diagnosis diagnosis(input, sandbox.clock);
    QSignalSpy findings(&diagnosis, &Diagnosis::findingReady);
    QSignalSpy finished(&diagnosis, &Diagnosis::finished);
    diagnosis.start();
    if (!finished.wait(20000) || finished.size() != 1) {
        return {};
    }
    if (live) {
        *live = int(findings.size());
    }
    return finished.first().first().value<DiagnosisReport>();
}

DiagnoseInput bothSides(DiagnoseSandbox &sandbox)
{
    DiagnoseInput input;
    input.storageAccountId = sandbox.accountId();
    input.isv = sandbox.isv.get();
    input.customer = sandbox.customer.get();
    return input;
}

QStringList idsWith(const DiagnosisReport &report, Finding::Status status)
{
    QStringList ids;
    for (const Finding &finding : report.findings) {
        if (finding.status == status) {
            ids.append(finding.id);
        }
    }
    return ids;
}

const Finding *findingById(const DiagnosisReport &report, const QString &id)
{
    for (const Finding &finding : report.findings) {
        if (finding.id == id) {
            return &finding;
        }
    }
    return nullptr;
}

QString dump(const DiagnosisReport &report)
{
    return Wizard::DiagnoseReportFormat::text(report);
}

// A small JSON Schema check (type, enum, required, properties, additionalProperties: false, items, $ref to $defs):
// the subset docs/diagnose-report.schema.json uses. Returns the first problem, or empty.
QString validate(const QJsonValue &value, const QJsonObject &schema, const QJsonObject &root, const QString &at)
{
    if (schema.contains(QLatin1String("$ref"))) {
        const QString name = schema.value(QLatin1String("$ref")).toString().section(u'/', -1);
        return validate(value, root.value(QLatin1String("$defs")).toObject().value(name).toObject(), root, at);
    }
    const QString type = schema.value(QLatin1String("type")).toString();
    const bool typeOk =
        (type == QLatin1String("object") && value.isObject()) || (type == QLatin1String("array") && value.isArray()) ||
        (type == QLatin1String("string") && value.isString()) ||
        (type == QLatin1String("integer") && value.isDouble() && value.toDouble() == value.toInt()) || type.isEmpty();
    if (!typeOk) {
        return at + QStringLiteral(": not ") + type;
    }
    if (schema.contains(QLatin1String("enum")) && !schema.value(QLatin1String("enum")).toArray().contains(value)) {
        return at + QStringLiteral(": not in enum");
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (const QJsonValue &required : schema.value(QLatin1String("required")).toArray()) {
            if (!object.contains(required.toString())) {
                return at + QStringLiteral(": missing ") + required.toString();
            }
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!properties.contains(it.key())) {
                if (schema.value(QLatin1String("additionalProperties")) == QJsonValue(false)) {
                    return at + QStringLiteral(": unexpected ") + it.key();
                }
                continue;
            }
            const QString problem =
                validate(it.value(), properties.value(it.key()).toObject(), root, at + u'.' + it.key());
            if (!problem.isEmpty()) {
                return problem;
            }
        }
    }
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString problem = validate(items.at(i), schema.value(QLatin1String("items")).toObject(), root,
                                             at + QStringLiteral("[%1]").arg(i));
            if (!problem.isEmpty()) {
                return problem;
            }
        }
    }
    return {};
}

} // namespace

class TestDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundPassesEverything()
    {
        DiagnoseSandbox sandbox(QStringLiteral("bound"));
        QVERIFY(sandbox.start());
        int live = 0;
        const DiagnosisReport report = run(sandbox, bothSides(sandbox), &live);
        QVERIFY2(!report.findings.isEmpty(), "no report");
        QVERIFY2(idsWith(report, Finding::Pass).size() == report.findings.size(), qPrintable(dump(report)));
        QCOMPARE(live, report.findings.size()); // every finding went out live first
        QCOMPARE(report.exitCode(), 0);
        for (const QString &id :
             {QStringLiteral("storage-account.encryption"), QStringLiteral("identity.attached"),
              QStringLiteral("identity.exists"), QStringLiteral("app.multitenant"), QStringLiteral("credential.match"),
              QStringLiteral("credential.count"), QStringLiteral("isv-tenant.feature"),
              QStringLiteral("service-principal.owner"), QStringLiteral("vault.recovery"),
              QStringLiteral("vault.firewall"), QStringLiteral("key.enabled"), QStringLiteral("key.expiry"),
              QStringLiteral("key.access"), QStringLiteral("key.versions"), QStringLiteral("data.read")}) {
            QVERIFY2(findingById(report, id), qPrintable(id));
        }
        QCOMPARE(report.isvTenantId, DiagnoseSandbox::isvTenantId());
        QCOMPARE(report.customerTenantId, DiagnoseSandbox::customerTenantId());
        // Findings come in chain order.
        int last = -1;
        for (const Finding &finding : report.findings) {
            const int index = int(Finding::links().indexOf(finding.link));
            QVERIFY(index >= last);
            last = index;
        }
    }

    void readOnly()
    {
        DiagnoseSandbox sandbox(QStringLiteral("broken-role-missing"));
        QVERIFY(sandbox.start());
        const int before = int(sandbox.server->requestLog().entries().size());
        const DiagnosisReport report = run(sandbox, bothSides(sandbox));
        QVERIFY(!report.findings.isEmpty());
        const auto entries = sandbox.server->requestLog().entries();
        QVERIFY(entries.size() > before + 10);
        for (qsizetype i = before; i < entries.size(); ++i) {
            const auto &entry = entries.at(i);
            // Sign-in happens at the token endpoint; everything Diagnose asks of Azure is a read.
            if (entry.path.contains(QLatin1String("/oauth2/"))) {
                continue;
            }
            QVERIFY2(entry.method == QLatin1String("GET"), qPrintable(entry.method + u' ' + entry.path));
        }
    }

    void brokenScenario_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("failing");
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("errorId");
        QTest::newRow("fic-subject") << "broken-fic-subject"
                                     << "credential.match"
                                     << "credential"
                                     << "aadsts-700213";
        QTest::newRow("fic-audience") << "broken-fic-audience"
                                      << "credential.match"
                                      << "credential"
                                      << "aadsts-700212";
        QTest::newRow("app-not-installed") << "broken-app-not-installed"
                                           << "service-principal.exists"
                                           << "service-principal"
                                           << "aadsts-700016";
        QTest::newRow("role-missing") << "broken-role-missing"
                                      << "key.access"
                                      << "key"
                                      << "keyvault-authentication-failure";
        QTest::newRow("role-wrong-key") << "broken-role-wrong-key"
                                        << "key.access"
                                        << "key"
                                        << "keyvault-authentication-failure";
        QTest::newRow("no-purge-protection") << "broken-no-purge-protection"
                                             << "vault.recovery"
                                             << "vault"
                                             << "keyvault-policy-error";
        QTest::newRow("key-disabled") << "broken-key-disabled"
                                      << "key.enabled"
                                      << "key"
                                      << "key-disabled";
        QTest::newRow("key-expired") << "broken-key-expired"
                                     << "key.expiry"
                                     << "key"
                                     << "";
        QTest::newRow("identity-detached") << "broken-identity-detached"
                                           << "identity.attached"
                                           << "identity"
                                           << "missing-prerequisites";
        QTest::newRow("identity-deleted") << "broken-identity-deleted"
                                          << "identity.exists"
                                          << "identity"
                                          << "keyvault-token-not-acquired";
        QTest::newRow("app-deleted") << "broken-app-deleted"
                                     << "app.exists"
                                     << "app"
                                     << "aadsts-7000226";
        QTest::newRow("access-policy-unwrap") << "broken-access-policy-unwrap"
                                              << "key.access"
                                              << "key"
                                              << "forbidden-by-policy";
        QTest::newRow("firewall") << "broken-firewall"
                                  << "vault.firewall"
                                  << "vault"
                                  << "forbidden-by-firewall";
    }

    // Each broken scenario fails exactly its link (and the data read it breaks), for the right cause.
    void brokenScenario()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, failing);
        QFETCH(QString, link);
        QFETCH(QString, errorId);
        DiagnoseSandbox sandbox(scenario);
        QVERIFY(sandbox.start());
        const DiagnosisReport report = run(sandbox, bothSides(sandbox));
        QVERIFY2(!report.findings.isEmpty(), "no report");
        QStringList failed = idsWith(report, Finding::Fail);
        failed.removeAll(QStringLiteral("data.read"));
        QVERIFY2(failed == QStringList{failing}, qPrintable(dump(report)));
        QVERIFY2(idsWith(report, Finding::Warning).isEmpty(), qPrintable(dump(report)));
        const Finding *finding = findingById(report, failing);
        QCOMPARE(finding->link, link);
        QCOMPARE(finding->errorId, errorId);
        QVERIFY(!finding->cause.isEmpty());
        QCOMPARE(report.exitCode(), 2);
        for (const QString &other : Finding::links()) {
            if (other != link && other != QLatin1String("data")) {
                QVERIFY2(report.linkStatus(other) != Finding::Fail, qPrintable(other));
            }
        }
    }

    // What the real sandbox answers is explained by the catalogue: the blob read's Storage error, Graph's 404.
    void sandboxErrorsAreExplained()
    {
        DiagnoseSandbox sandbox(QStringLiteral("broken-key-disabled"));
        QVERIFY(sandbox.start());
        DiagnoseInput input = bothSides(sandbox);
        input.blobPath = Sandbox::StorageScenarios::containerName() + u'/' + Sandbox::StorageScenarios::blobName();
        const DiagnosisReport report = run(sandbox, input);
        const Finding *data = findingById(report, QStringLiteral("data.read"));
        QVERIFY(data);
        QCOMPARE(data->status, Finding::Fail);
        QVERIFY2(data->errorId == QLatin1String("key-not-found-to-unwrap"), qPrintable(dump(report)));
        QVERIFY(data->evidence.join(u' ').contains(QLatin1String("x-ms-request-id")));

        auto *job =
            sandbox.customer->graph().servicePrincipalByAppId(QStringLiteral("00000000-0000-0000-0000-00000000abcd"));
        QSignalSpy spFinished(job, &Azure::GraphObjectJob::finished);
        job->start();
        QVERIFY(spFinished.wait(5000));
        const auto sp = spFinished.first().first().value<Azure::GraphObjectResult>();
        QVERIFY(!sp);
        QCOMPARE(Wizard::ErrorCatalogue::explain(sp.error())->id, QStringLiteral("graph-not-found"));

        auto *key = sandbox.customer->keyVault(QUrl(sandbox.keyUri().section(QStringLiteral("/keys/"), 0, 0)))
                        .getKey(QStringLiteral("no-such-key"));
        QSignalSpy keyFinished(key, &Azure::RestJob::finished);
        key->start();
        QVERIFY(keyFinished.wait(5000));
        const auto missing = keyFinished.first().first().value<Azure::RestResult>();
        QVERIFY(!missing);
        QCOMPARE(Wizard::ErrorCatalogue::explain(missing.error())->id, QStringLiteral("key-not-found"));
    }

    void isvOnly()
    {
        DiagnoseSandbox sandbox(QStringLiteral("bound"));
        QVERIFY(sandbox.start());
        DiagnoseInput input = bothSides(sandbox);
        input.customer = nullptr;
        const DiagnosisReport report = run(sandbox, input);
        for (const QString &link : {QStringLiteral("customer-tenant"), QStringLiteral("service-principal"),
                                    QStringLiteral("vault"), QStringLiteral("key")}) {
            QVERIFY2(report.linkStatus(link) == Finding::NotChecked, qPrintable(link));
        }
        const Finding *vault = findingById(report, QStringLiteral("vault.exists"));
        QVERIFY(vault && vault->cause.contains(QLatin1String("customer tenant")));
        QCOMPARE(report.linkStatus(QStringLiteral("credential")), Finding::Pass);
        QCOMPARE(report.exitCode(), 1);
    }

    void customerOnly()
    {
        DiagnoseSandbox sandbox(QStringLiteral("broken-role-wrong-key"));
        QVERIFY(sandbox.start());
        sandbox.dropCustomerAdminDataRole();
        DiagnoseInput input;
        input.appId = Sandbox::StorageScenarios::appId();
        input.keyUri = sandbox.keyUri();
        input.customer = sandbox.customer.get();
        const DiagnosisReport report = run(sandbox, input);
        for (const QString &link : {QStringLiteral("isv-tenant"), QStringLiteral("identity"), QStringLiteral("app"),
                                    QStringLiteral("credential")}) {
            QVERIFY2(report.linkStatus(link) == Finding::NotChecked, qPrintable(link));
        }
        QCOMPARE(report.targetKind, QStringLiteral("app"));
        // The ISV tenant is learnt from the service principal.
        QCOMPARE(report.isvTenantId, DiagnoseSandbox::isvTenantId());
        QVERIFY2(idsWith(report, Finding::Fail) == QStringList{QStringLiteral("key.access")}, qPrintable(dump(report)));
        // Without a Key Vault data role the admin cannot read the key: Key Vault's ForbiddenByRbac, explained.
        const Finding *key = findingById(report, QStringLiteral("key.exists"));
        QCOMPARE(key->status, Finding::NotChecked);
        QCOMPARE(key->errorId, QStringLiteral("forbidden-by-rbac"));
        QVERIFY(key->evidence.join(u' ').contains(QLatin1String("ForbiddenByRbac")));
        QCOMPARE(report.exitCode(), 2);
    }

    // The other ways to name what to diagnose: an account by name and subscription; an app id alone.
    void otherTargets()
    {
        DiagnoseSandbox sandbox(QStringLiteral("bound"));
        QVERIFY(sandbox.start());
        DiagnoseInput byName;
        byName.storageAccountName = Sandbox::StorageScenarios::accountName();
        byName.subscriptionId = Sandbox::Scenarios::subscriptionId(QStringLiteral("contosoisv"));
        byName.isv = sandbox.isv.get();
        byName.customer = sandbox.customer.get();
        DiagnosisReport report = run(sandbox, byName);
        QVERIFY2(idsWith(report, Finding::Pass).size() == report.findings.size(), qPrintable(dump(report)));

        DiagnoseInput byApp;
        byApp.appId = Sandbox::StorageScenarios::appId();
        byApp.isv = sandbox.isv.get();
        byApp.customer = sandbox.customer.get();
        report = run(sandbox, byApp);
        QCOMPARE(report.targetKind, QStringLiteral("app"));
        QVERIFY(idsWith(report, Finding::Fail).isEmpty());
        QCOMPARE(findingById(report, QStringLiteral("credential.match"))->status, Finding::Pass);
        QCOMPARE(findingById(report, QStringLiteral("service-principal.owner"))->status, Finding::Pass);
        QCOMPARE(findingById(report, QStringLiteral("identity.exists"))->status, Finding::NotChecked);
        QCOMPARE(findingById(report, QStringLiteral("vault.exists"))->status, Finding::NotChecked);

        DiagnoseInput missing = byName;
        missing.storageAccountName = QStringLiteral("nosuchaccount");
        report = run(sandbox, missing);
        QCOMPARE(findingById(report, QStringLiteral("storage-account.encryption"))->status, Finding::Fail);
        QCOMPARE(report.exitCode(), 2);
    }

    void noConnection()
    {
        DiagnoseSandbox sandbox(QStringLiteral("bound"));
        QVERIFY(sandbox.start());
        DiagnoseInput input;
        input.storageAccountId = sandbox.accountId();
        const DiagnosisReport report = run(sandbox, input);
        QVERIFY(!report.findings.isEmpty());
        QCOMPARE(idsWith(report, Finding::NotChecked).size(), report.findings.size());
        QCOMPARE(report.exitCode(), 3);
    }

    void exitCodes()
    {
        DiagnosisReport report;
        QCOMPARE(report.exitCode(), 3);
        Finding finding;
        finding.link = QStringLiteral("key");
        finding.status = Finding::Pass;
        report.findings = {finding};
        QCOMPARE(report.exitCode(), 0);
        finding.status = Finding::NotChecked;
        report.findings.append(finding);
        QCOMPARE(report.exitCode(), 1);
        finding.status = Finding::Warning;
        report.findings.append(finding);
        QCOMPARE(report.exitCode(), 1);
        finding.status = Finding::Fail;
        report.findings.append(finding);
        QCOMPARE(report.exitCode(), 2);
        QCOMPARE(report.linkStatus(QStringLiteral("key")), Finding::Fail);
    }

    void keyUriForms()
    {
        QString vault, name, version;
        QVERIFY(Diagnosis::splitKeyUri(QStringLiteral("https://kv.vault.azure.net:443/keys/cmk/0123abcd"), &vault,
                                       &name, &version));
        QCOMPARE(vault, QStringLiteral("https://kv.vault.azure.net"));
        QCOMPARE(name, QStringLiteral("cmk"));
        QCOMPARE(version, QStringLiteral("0123abcd"));
        QVERIFY(
            Diagnosis::splitKeyUri(QStringLiteral("http://127.0.0.1:9/vaults/kv/keys/cmk"), &vault, &name, &version));
        QCOMPARE(vault, QStringLiteral("http://127.0.0.1:9/vaults/kv"));
        QVERIFY(version.isEmpty());
        QVERIFY(
            !Diagnosis::splitKeyUri(QStringLiteral("https://kv.vault.azure.net/secrets/x"), &vault, &name, &version));
    }

    // Every format from one run with a hostile app name: JSON valid against the schema, HTML well-formed with the
    // name escaped, no token anywhere.
    void reports()
    {
        DiagnoseSandbox sandbox(QStringLiteral("broken-fic-subject"));
        QVERIFY(sandbox.start());
        const QString hostile = QStringLiteral("<script>alert(1)</script>");
        for (auto &app : sandbox.world().editApplications()) {
            if (app.appId == Sandbox::StorageScenarios::appId()) {
                app.displayName = hostile;
            }
        }
        const DiagnosisReport report = run(sandbox, bothSides(sandbox));
        QVERIFY(findingById(report, QStringLiteral("app.exists"))->evidence.join(u' ').contains(hostile));

        QFile schemaFile(QFINDTESTDATA("../../docs/diagnose-report.schema.json"));
        QVERIFY(schemaFile.open(QIODevice::ReadOnly));
        const QJsonObject schema = QJsonDocument::fromJson(schemaFile.readAll()).object();
        QVERIFY(!schema.isEmpty());
        const QByteArray json = Wizard::DiagnoseReportFormat::json(report);
        // The diagnose-report-schema ctest validates this file with ajv too.
        if (const QString dir = qEnvironmentVariable("CROSSKEY_DIAGNOSE_REPORT_DIR"); !dir.isEmpty()) {
            QFile out(dir + QStringLiteral("/diagnose-report.json"));
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(json);
        }
        const QJsonDocument document = QJsonDocument::fromJson(json);
        QVERIFY(document.isObject());
        const QString problem = validate(document.object(), schema, schema, QStringLiteral("$"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(document.object().value(QLatin1String("exitCode")).toInt(), 2);
        QCOMPARE(
            document.object().value(QLatin1String("links")).toObject().value(QLatin1String("credential")).toString(),
            QStringLiteral("fail"));
        // A report the schema must refuse: the validator can fail.
        QJsonObject broken = document.object();
        broken.insert(QStringLiteral("exitCode"), 7);
        QVERIFY(!validate(broken, schema, schema, QStringLiteral("$")).isEmpty());

        const QString html = Wizard::DiagnoseReportFormat::html(report);
        QXmlStreamReader xml(html);
        int scripts = 0;
        bool svg = false;
        bool escapedText = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                scripts += xml.name() == QLatin1String("script") ? 1 : 0;
                svg = svg || xml.name() == QLatin1String("svg");
            }
            if (xml.isCharacters() && xml.text().contains(hostile)) {
                escapedText = true; // the name arrives as text, not as an element
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(scripts, 0);
        QVERIFY(svg);
        QVERIFY(escapedText);
        QVERIFY(!html.contains(QLatin1String("src=")));

        const QString markdown = Wizard::DiagnoseReportFormat::markdown(report);
        QVERIFY(!markdown.contains(hostile));
        QVERIFY(markdown.contains(QLatin1String("Federated credential")));
        const QString text = Wizard::DiagnoseReportFormat::text(report);
        QVERIFY(text.contains(QLatin1String("[FAIL]")));

        for (const QByteArray &rendered : {json, html.toUtf8(), markdown.toUtf8(), text.toUtf8()}) {
            QVERIFY(!rendered.contains("eyJ")); // no JWT
            QVERIFY(!rendered.contains("Bearer"));
        }
        Wizard::DiagnoseReportFormat::Format format;
        QVERIFY(Wizard::DiagnoseReportFormat::parseFormat(QStringLiteral("HTML"), &format));
        QCOMPARE(format, Wizard::DiagnoseReportFormat::Html);
        QVERIFY(!Wizard::DiagnoseReportFormat::parseFormat(QStringLiteral("pdf"), &format));
    }

    void cancelStopsWithoutReport()
    {
        DiagnoseSandbox sandbox(QStringLiteral("bound"));
        QVERIFY(sandbox.start());
        Diagnosis diagnosis(bothSides(sandbox), sandbox.clock);
        QSignalSpy finished(&diagnosis, &Diagnosis::finished);
        diagnosis.start();
        diagnosis.cancel();
        QTest::qWait(300);
        QCOMPARE(finished.size(), 0);
        QVERIFY(!diagnosis.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
