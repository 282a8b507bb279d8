// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/accountsession.h"
#include "azure/devicecodesigninjob.h"
#include "azure/memorytokenstore.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"
#include "azure/sessiontokensource.h"
#include "azure/signinrequest.h"
#include "sandbox/knownids.h"
#include "sandbox/server.h"
#include "sandbox/service.h"
#include "sandboxcloud.h"
#include "twinclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace CrossKey;
using Azure::AzureError;
using Azure::RestRequest;
using Azure::RestResult;

namespace {

const QString kUser = QStringLiteral("admin@contosoisv.onmicrosoft.com");

// Sees every token request's form before the identity platform answers it, and answers none.
class TokenRequestObserver final : public Sandbox::Service
{
public:
    explicit TokenRequestObserver(QList<Sandbox::FormBody> *seen)
        : m_seen(seen)
    {}
    QString name() const override { return QStringLiteral("observer"); }
    Sandbox::HeaderStyle headerStyle() const override { return Sandbox::HeaderStyle::Sandbox; }
    bool handles(const Sandbox::Request &request) const override
    {
        if (request.path.endsWith(QLatin1String("/oauth2/v2.0/token"))) {
            m_seen->append(request.form());
        }
        return false;
    }
    Sandbox::Response handle(const Sandbox::Request &) override { return Sandbox::Response::empty(500); }

private:
    QList<Sandbox::FormBody> *m_seen;
};

} // namespace

// A RestPipeline over a real AccountSession signed in through the sandbox (device code, auto-approved):
// CAE claims challenges and revoked sessions over real HTTP (CONTRACTS.md §1.6, §1.8).
class tst_AccountPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void armClaimsChallenge_isAnsweredWithAClaimsToken();
    void graphClaimsChallenge_isAnsweredWithAClaimsToken();
    void revokedSessions_failWithSignInAndAskForSignIn();
    void revokedSessionsAfterExpiry_failWithSignIn();

private:
    RestResult call(RestRequest::Service service, const QString &path);
    QUrl url(const QUrl &base, const QString &path) const;
    void control(const QString &pathAndQuery);
    QStringList claimsSent() const;

    QNetworkAccessManager m_network;
    Tests::TwinClock m_clock;
    std::unique_ptr<Sandbox::Server> m_sandbox;
    QList<Sandbox::FormBody> m_seen;
    Azure::MemoryTokenStore m_store;
    Azure::Cloud m_cloud;
    std::unique_ptr<Azure::AccountSession> m_session;
    std::unique_ptr<Azure::SessionTokenSource> m_tokens;
    std::unique_ptr<Azure::RestPipeline> m_pipeline;
};

void tst_AccountPipeline::initTestCase()
{
    qRegisterMetaType<RestResult>();
    qRegisterMetaType<Azure::TokenResult>();
    qRegisterMetaType<AzureError>();
}

void tst_AccountPipeline::init()
{
    Sandbox::ServerOptions options;
    options.autoApprove = {QStringLiteral("admin")};
    options.clock = &m_clock;
    m_sandbox = std::make_unique<Sandbox::Server>(options);
    m_sandbox->addService(std::make_unique<TokenRequestObserver>(&m_seen));
    QVERIFY(m_sandbox->listen(0));
    m_cloud = Tests::sandboxCloud(&m_network, m_sandbox->baseUrl());
    QVERIFY(m_cloud.isValid());

    Azure::SignInRequest request;
    request.cloud = m_cloud;
    request.tenant = QStringLiteral("contosoisv.onmicrosoft.com");
    auto *job = new Azure::DeviceCodeSignInJob(&m_network, m_clock, request);
    job->setSecondLength(std::chrono::milliseconds(1));
    QSignalSpy finished(job, &Azure::DeviceCodeSignInJob::finished);
    job->start();
    QVERIFY(finished.wait(10000));
    const auto tokens = finished.first().first().value<Azure::TokenResult>();
    QVERIFY2(tokens.hasValue(), qPrintable(tokens.hasValue() ? QString() : tokens.error().summary()));
    auto session = Azure::AccountSession::fromSignIn(&m_network, &m_store, m_clock, request, tokens.value());
    QVERIFY(session.hasValue());
    m_session.reset(session.value());
    m_tokens = std::make_unique<Azure::SessionTokenSource>(m_session.get());
    m_pipeline = std::make_unique<Azure::RestPipeline>(&m_network, m_clock, m_cloud, m_tokens.get());
    m_seen.clear();
}

void tst_AccountPipeline::cleanup()
{
    m_pipeline.reset();
    m_tokens.reset();
    m_session.reset();
    m_sandbox.reset();
}

QUrl tst_AccountPipeline::url(const QUrl &base, const QString &path) const
{
    return QUrl(base.toString(QUrl::StripTrailingSlash) + path);
}

RestResult tst_AccountPipeline::call(RestRequest::Service service, const QString &path)
{
    const QUrl base = service == RestRequest::Service::Graph ? m_cloud.graphUrl() : m_cloud.resourceManagerUrl();
    Azure::RestJob *job = m_pipeline->send(RestRequest::get(service, url(base, path)));
    QSignalSpy finished(job, &Azure::RestJob::finished);
    job->start();
    if (!finished.wait(10000)) {
        return AzureError::timeout(QStringLiteral("test"));
    }
    return finished.first().first().value<RestResult>();
}

void tst_AccountPipeline::control(const QString &pathAndQuery)
{
    const Sandbox::Response answer = m_sandbox->dispatch(Sandbox::Request::make("POST", pathAndQuery));
    QCOMPARE(answer.status, 200);
}

QStringList tst_AccountPipeline::claimsSent() const
{
    // Every refresh declares cp1 in `claims`; a challenge's claims add the `nbf` it asks for.
    QStringList claims;
    for (const Sandbox::FormBody &form : m_seen) {
        if (form.value(QStringLiteral("claims")).contains(QLatin1String("\"nbf\""))) {
            claims.append(form.value(QStringLiteral("claims")));
        }
    }
    return claims;
}

void tst_AccountPipeline::armClaimsChallenge_isAnsweredWithAClaimsToken()
{
    const QString subscriptions = QStringLiteral("/subscriptions?api-version=2022-12-01");
    RestResult result = call(RestRequest::Service::ResourceManager, subscriptions);
    QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().summary()));
    QVERIFY(claimsSent().isEmpty());

    control(QStringLiteral("/sandbox/users/%1/claims-challenge?service=resourcemanager").arg(kUser));
    QSignalSpy signInRequired(m_session.get(), &Azure::AccountSession::signInRequired);
    result = call(RestRequest::Service::ResourceManager, subscriptions);
    QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().summary()));
    QCOMPARE(result.value().status, 200);
    // The cached token was refused once; the new one was asked for with the challenge's claims.
    const QStringList claims = claimsSent();
    QCOMPARE(claims.size(), 1);
    const QJsonObject sent = QJsonDocument::fromJson(claims.first().toUtf8()).object();
    QVERIFY2(sent[QStringLiteral("access_token")].toObject().contains(QStringLiteral("nbf")),
             qPrintable(claims.first()));
    // ... merged with the client capability that asks for CAE at all.
    QCOMPARE(sent[QStringLiteral("access_token")][QStringLiteral("xms_cc")][QStringLiteral("values")].toArray(),
             QJsonArray{QStringLiteral("cp1")});
    QCOMPARE(signInRequired.count(), 0);

    // The next call uses the new token at once.
    const qsizetype requests = m_seen.size();
    QVERIFY(call(RestRequest::Service::ResourceManager, subscriptions).hasValue());
    QCOMPARE(m_seen.size(), requests);
}

void tst_AccountPipeline::graphClaimsChallenge_isAnsweredWithAClaimsToken()
{
    // Graph is the sandbox itself (its metadata's microsoftGraphResourceId), not graph.microsoft.com.
    QCOMPARE(m_cloud.graphUrl().port(), int(m_sandbox->port()));
    QVERIFY(call(RestRequest::Service::Graph, QStringLiteral("/v1.0/organization")).hasValue());
    control(QStringLiteral("/sandbox/users/%1/claims-challenge?service=graph").arg(kUser));
    const RestResult result = call(RestRequest::Service::Graph, QStringLiteral("/v1.0/organization"));
    QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().summary()));
    QCOMPARE(claimsSent().size(), 1);
}

void tst_AccountPipeline::revokedSessions_failWithSignInAndAskForSignIn()
{
    const QString subscriptions = QStringLiteral("/subscriptions?api-version=2022-12-01");
    QVERIFY(call(RestRequest::Service::ResourceManager, subscriptions).hasValue());
    // What Entra does on "revoke sessions": refresh tokens die, and CAE resources challenge old tokens.
    control(QStringLiteral("/sandbox/users/%1/revoke-sessions").arg(kUser));
    control(QStringLiteral("/sandbox/users/%1/claims-challenge").arg(kUser));
    QSignalSpy signInRequired(m_session.get(), &Azure::AccountSession::signInRequired);

    const RestResult result = call(RestRequest::Service::ResourceManager, subscriptions);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::SignIn);
    QVERIFY2(result.error().code() == QLatin1String("AADSTS50173"), qPrintable(result.error().summary()));
    QVERIFY2(result.error().hint().contains(QStringLiteral("Sign in again")), qPrintable(result.error().hint()));
    QCOMPARE(signInRequired.count(), 1);
    QCOMPARE(signInRequired.first().first().value<AzureError>().kind(), AzureError::Kind::SignIn);
    QCOMPARE(claimsSent().size(), 1);
    // Nothing else is lost: the session still knows who it was, so the app can offer that sign-in again.
    QCOMPARE(m_session->account().username, kUser);
    QVERIFY(!m_session->isSignedIn());
}

void tst_AccountPipeline::revokedSessionsAfterExpiry_failWithSignIn()
{
    QVERIFY(call(RestRequest::Service::Graph, QStringLiteral("/v1.0/organization")).hasValue());
    control(QStringLiteral("/sandbox/users/%1/revoke-sessions").arg(kUser));
    m_clock.advance(2 * 3600); // the cached token runs out, so the next call refreshes
    QSignalSpy signInRequired(m_session.get(), &Azure::AccountSession::signInRequired);
    const RestResult result = call(RestRequest::Service::Graph, QStringLiteral("/v1.0/organization"));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::SignIn);
    QCOMPARE(signInRequired.count(), 1);
}

QTEST_GUILESS_MAIN(tst_AccountPipeline)
#include "tst_accountpipeline.moc"
