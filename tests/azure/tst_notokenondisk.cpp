// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/accountsession.h"
#include "azure/browsersigninjob.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"
#include "azure/sessiontokensource.h"
#include "azure/signinrequest.h"
#include "azure/tokenstorechoicejob.h"
#include "sandbox/server.h"
#include "sandbox/service.h"
#include "sandbox/world.h"
#include "sandboxbrowser.h"
#include "sandboxcloud.h"
#include "twinclock.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace CrossKey;
using Azure::AzureError;
using Azure::RestRequest;
using Azure::RestResult;

namespace {

// Before main(): every per-user directory of this process is a fresh temporary one, so that the scan below
// sees everything the run wrote (QStandardPaths reads these variables when asked).
struct ThrowAwayHome
{
    ThrowAwayHome()
    {
        if (!root.isValid()) {
            return;
        }
        const QString base = root.path();
        for (const char *sub : {"/home", "/config", "/data", "/cache", "/state", "/runtime", "/tmp"}) {
            QDir().mkpath(base + QLatin1String(sub));
        }
        QFile::setPermissions(base + QStringLiteral("/runtime"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("HOME", (base + QStringLiteral("/home")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", (base + QStringLiteral("/config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", (base + QStringLiteral("/data")).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", (base + QStringLiteral("/cache")).toLocal8Bit());
        qputenv("XDG_STATE_HOME", (base + QStringLiteral("/state")).toLocal8Bit());
        qputenv("TMPDIR", (base + QStringLiteral("/tmp")).toLocal8Bit());
    }
    QTemporaryDir root;
};
ThrowAwayHome g_home;

// Sees every token request's form (codes, verifiers, refresh tokens) before the identity platform answers.
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

// Passes the session's tokens on to the pipeline and keeps a copy of each, to look for them on disk.
class RecordingTokenSource final : public Azure::TokenSource
{
public:
    explicit RecordingTokenSource(Azure::TokenSource *inner)
        : m_inner(inner)
    {}
    QStringList handedOut;

    void requestToken(const Request &request, QObject *context, Callback done) override
    {
        m_inner->requestToken(request, context, [this, done](const Azure::AccessTokenResult &result) {
            if (result) {
                handedOut.append(result.value().token);
            }
            done(result);
        });
    }

private:
    Azure::TokenSource *m_inner;
};

// The files under `dir` that contain any of `secrets`.
QStringList filesHolding(const QString &dir, const QStringList &secrets, int *scanned)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly)) {
            found.append(file.fileName() + QStringLiteral(" (unreadable)"));
            continue;
        }
        ++*scanned;
        const QByteArray content = file.readAll();
        for (const QString &secret : secrets) {
            if (content.contains(secret.toUtf8())) {
                found.append(file.fileName());
                break;
            }
        }
    }
    return found;
}

} // namespace

// A whole run — browser sign-in with PKCE, token refresh and resource switch, REST calls to Resource
// Manager and Graph, sign-out — with HOME and the XDG directories in a throw-away place; then every
// file there is searched for the code, the verifier, the refresh tokens and the access tokens.
class tst_NoTokenOnDisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scanner_findsAPlantedSecret();
    void fullRun_leavesNoSecretOnDisk();

private:
    RestResult call(Azure::RestPipeline &pipeline, RestRequest::Service service, const QString &path);
};

void tst_NoTokenOnDisk::initTestCase()
{
    QVERIFY(g_home.root.isValid());
    QCOMPARE(QDir::homePath(), g_home.root.path() + QStringLiteral("/home"));
    qRegisterMetaType<RestResult>();
    qRegisterMetaType<Azure::TokenResult>();
    qRegisterMetaType<Azure::TokenStoreChoice>();
    qRegisterMetaType<Azure::TokenStoreResult>();
}

void tst_NoTokenOnDisk::scanner_findsAPlantedSecret()
{
    // The scan can fail: a secret written to a file below the directory is found.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir().mkpath(dir.path() + QStringLiteral("/a/.b"));
    QFile planted(dir.path() + QStringLiteral("/a/.b/cache"));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write("prefix 1.AS-secret-refresh suffix");
    planted.close();
    int scanned = 0;
    QCOMPARE(filesHolding(dir.path(), {QStringLiteral("1.AS-secret-refresh")}, &scanned),
             QStringList{planted.fileName()});
}

RestResult tst_NoTokenOnDisk::call(Azure::RestPipeline &pipeline, RestRequest::Service service, const QString &path)
{
    const Azure::Cloud &cloud = pipeline.cloud();
    const QUrl base = service == RestRequest::Service::Graph ? cloud.graphUrl() : cloud.resourceManagerUrl();
    Azure::RestJob *job =
        pipeline.send(RestRequest::get(service, QUrl(base.toString(QUrl::StripTrailingSlash) + path)));
    QSignalSpy finished(job, &Azure::RestJob::finished);
    job->start();
    if (!finished.wait(10000)) {
        return AzureError::timeout(QStringLiteral("test"));
    }
    return finished.first().first().value<RestResult>();
}

void tst_NoTokenOnDisk::fullRun_leavesNoSecretOnDisk()
{
    QNetworkAccessManager network;
    Tests::TwinClock clock;
    QList<Sandbox::FormBody> seen;
    Sandbox::ServerOptions options;
    options.autoApprove = {QStringLiteral("admin")};
    options.clock = &clock;
    Sandbox::Server sandbox(options);
    sandbox.addService(std::make_unique<TokenRequestObserver>(&seen));
    QVERIFY(sandbox.listen(0));
    const Azure::Cloud cloud = Tests::sandboxCloud(&network, sandbox.baseUrl());
    QVERIFY(cloud.isValid());

    // The store the app would choose: the keychain when it works (its files are the keyring daemon's,
    // elsewhere), else memory.
    auto *choose = new Azure::TokenStoreChoiceJob(QStringLiteral("CrossKey-test"), std::chrono::seconds(10));
    QSignalSpy chosen(choose, &Azure::TokenStoreChoiceJob::finished);
    choose->start();
    QVERIFY(chosen.wait(30000));
    const Azure::TokenStoreChoice store = chosen.first().first().value<Azure::TokenStoreChoice>();
    QVERIFY(store.store);
    qInfo() << "token store:" << (store.usesKeychain() ? "keychain" : "memory");

    Azure::SignInRequest request;
    request.cloud = cloud;
    request.tenant = QStringLiteral("contosoisv.onmicrosoft.com");
    Tests::SandboxBrowser browser(&network);
    auto *signIn = new Azure::BrowserSignInJob(&network, &browser, request);
    QSignalSpy signedIn(signIn, &Azure::BrowserSignInJob::finished);
    signIn->start();
    QVERIFY(signedIn.wait(20000));
    const auto tokens = signedIn.first().first().value<Azure::TokenResult>();
    QVERIFY2(tokens.hasValue(), qPrintable(tokens.hasValue() ? QString() : tokens.error().summary()));
    auto created = Azure::AccountSession::fromSignIn(&network, store.store.get(), clock, request, tokens.value());
    QVERIFY(created.hasValue());
    std::unique_ptr<Azure::AccountSession> session(created.value());
    Azure::SessionTokenSource sessionTokens(session.get());
    RecordingTokenSource recording(&sessionTokens);
    Azure::RestPipeline pipeline(&network, clock, cloud, &recording);

    const QString subscriptions = QStringLiteral("/subscriptions?api-version=2022-12-01");
    QVERIFY(call(pipeline, RestRequest::Service::ResourceManager, subscriptions).hasValue());
    QVERIFY(call(pipeline, RestRequest::Service::Graph, QStringLiteral("/v1.0/organization")).hasValue());
    clock.advance(2 * 3600); // the access tokens expire: refresh, with a rotated refresh token
    QVERIFY(call(pipeline, RestRequest::Service::ResourceManager, subscriptions).hasValue());
    QVERIFY(call(pipeline, RestRequest::Service::Graph, QStringLiteral("/v1.0/organization")).hasValue());
    QSignalSpy signedOut(session.get(), &Azure::AccountSession::signedOut);
    session->signOut();
    QVERIFY(signedOut.wait(20000));

    QStringList secrets = recording.handedOut;
    secrets.append(tokens.value().accessToken);
    secrets.append(tokens.value().refreshToken);
    for (const Sandbox::RefreshGrant &grant : sandbox.world().refreshGrants()) {
        secrets.append(grant.token);
    }
    for (const Sandbox::FormBody &form : seen) {
        for (const char *field : {"code", "code_verifier", "refresh_token"}) {
            secrets.append(form.value(QLatin1String(field)));
        }
    }
    secrets.removeAll(QString());
    secrets.removeDuplicates();
    // At least: the code, its verifier, two refresh tokens (issued, rotated), four access tokens.
    QVERIFY2(secrets.size() >= 8, qPrintable(QString::number(secrets.size())));
    QVERIFY(recording.handedOut.size() >= 4);

    int scanned = 0;
    const QStringList found = filesHolding(g_home.root.path(), secrets, &scanned);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
    qInfo() << "scanned" << scanned << "files for" << secrets.size() << "secrets";
}

QTEST_GUILESS_MAIN(tst_NoTokenOnDisk)
#include "tst_notokenondisk.moc"
