// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/server.h"
#include "sandbox/serveroptions.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CrossKey::Sandbox;

// HTTPS with a throw-away self-signed certificate made by the openssl CLI at test time.
class tst_SandboxTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void https_roundTripWithTrustedCertificate_data();
    void https_roundTripWithTrustedCertificate();
    void https_untrustedCertificate_failsWithSslError();
    void plainHttpToTlsPort_failsCleanly_serverKeepsServing();
    void badFiles_reportError_data();
    void badFiles_reportError();
    void tlsSwitches_printHttpsUrl();

private:
    struct Reply
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
    };
    Reply get(const QUrl &url, bool trust);
    bool makeCertificate(const QString &name, const QStringList &keyArguments);

    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
};

bool tst_SandboxTls::makeCertificate(const QString &name, const QStringList &keyArguments)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-nodes")} + keyArguments +
                      QStringList{QStringLiteral("-keyout"), m_dir.filePath(name + QStringLiteral("-key.pem")),
                                  QStringLiteral("-out"), m_dir.filePath(name + QStringLiteral("-cert.pem")),
                                  QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                                  QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                                  QStringLiteral("subjectAltName=IP:127.0.0.1")});
    return openssl.waitForFinished(30000) && openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0;
}

void tst_SandboxTls::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        QSKIP("the openssl CLI is not installed (scripts/lib/common.sh installs it)");
    }
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_dir.isValid());
    QVERIFY(makeCertificate(QStringLiteral("ec"),
                            {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1")}));
    QVERIFY(makeCertificate(QStringLiteral("rsa"), {QStringLiteral("-newkey"), QStringLiteral("rsa:2048")}));
    const QList<QSslCertificate> ec = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("ec-cert.pem")));
    QCOMPARE(ec.size(), 1);
    m_certificate = ec.first();
}

tst_SandboxTls::Reply tst_SandboxTls::get(const QUrl &url, bool trust)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (trust) {
        tls.addCaCertificate(m_certificate);
        for (const QSslCertificate &rsa : QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("rsa-cert.pem")))) {
            tls.addCaCertificate(rsa);
        }
    }
    request.setSslConfiguration(tls);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        finished.wait(10000);
    }
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error(), reply->readAll()};
    delete reply;
    return result;
}

void tst_SandboxTls::https_roundTripWithTrustedCertificate_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("EC key") << "ec";
    QTest::newRow("RSA key") << "rsa";
}

void tst_SandboxTls::https_roundTripWithTrustedCertificate()
{
    QFETCH(QString, name);
    ServerOptions options;
    options.tlsCertificateFile = m_dir.filePath(name + QStringLiteral("-cert.pem"));
    options.tlsKeyFile = m_dir.filePath(name + QStringLiteral("-key.pem"));
    Server server(options);
    QVERIFY2(server.errorString().isEmpty(), qPrintable(server.errorString()));
    QVERIFY(server.listen());
    QVERIFY(server.isTls());
    QCOMPARE(server.baseUrl().scheme(), QStringLiteral("https"));
    const Reply reply = get(QUrl(server.baseUrl().toString() + QStringLiteral("/sandbox/health")), true);
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.contains("ok"));
    // Documents name the https origin.
    const Reply metadata =
        get(QUrl(server.baseUrl().toString() + QStringLiteral("/metadata/endpoints?api-version=2022-09-01")), true);
    QCOMPARE(metadata.status, 200);
    QVERIFY(metadata.body.contains("https://127.0.0.1:"));
}

void tst_SandboxTls::https_untrustedCertificate_failsWithSslError()
{
    ServerOptions options;
    options.tlsCertificateFile = m_dir.filePath(QStringLiteral("ec-cert.pem"));
    options.tlsKeyFile = m_dir.filePath(QStringLiteral("ec-key.pem"));
    Server server(options);
    QVERIFY(server.listen());
    const Reply reply = get(QUrl(server.baseUrl().toString() + QStringLiteral("/sandbox/health")), false);
    QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(server.requestCount(), 0);
}

void tst_SandboxTls::plainHttpToTlsPort_failsCleanly_serverKeepsServing()
{
    ServerOptions options;
    options.tlsCertificateFile = m_dir.filePath(QStringLiteral("ec-cert.pem"));
    options.tlsKeyFile = m_dir.filePath(QStringLiteral("ec-key.pem"));
    Server server(options);
    QVERIFY(server.listen());
    QUrl plain = server.baseUrl();
    plain.setScheme(QStringLiteral("http"));
    plain.setPath(QStringLiteral("/sandbox/health"));
    const Reply reply = get(plain, true);
    QVERIFY(reply.error != QNetworkReply::NoError);
    QCOMPARE(reply.status, 0);
    QCOMPARE(server.requestCount(), 0);
    QCOMPARE(get(QUrl(server.baseUrl().toString() + QStringLiteral("/sandbox/health")), true).status, 200);
}

void tst_SandboxTls::badFiles_reportError_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("key missing") << "ec-cert.pem"
                                 << ""
                                 << "both";
    QTest::newRow("no such certificate") << "nope.pem"
                                         << "ec-key.pem"
                                         << "cannot read certificate";
    QTest::newRow("key as certificate") << "ec-key.pem"
                                        << "ec-key.pem"
                                        << "no PEM certificate";
    QTest::newRow("certificate as key") << "ec-cert.pem"
                                        << "ec-cert.pem"
                                        << "private key";
}

void tst_SandboxTls::badFiles_reportError()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QString, mentions);
    ServerOptions options;
    options.tlsCertificateFile = m_dir.filePath(certificate);
    options.tlsKeyFile = key.isEmpty() ? QString() : m_dir.filePath(key);
    Server server(options);
    QVERIFY2(server.errorString().contains(mentions), qPrintable(server.errorString()));
    QVERIFY(!server.isTls());
}

void tst_SandboxTls::tlsSwitches_printHttpsUrl()
{
    QProcess process;
    process.start(QStringLiteral(CROSSKEY_SANDBOX_BINARY),
                  {QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("rsa-cert.pem")),
                   QStringLiteral("--tls-key"), m_dir.filePath(QStringLiteral("rsa-key.pem"))});
    QVERIFY(process.waitForStarted(10000));
    QSignalSpy ready(&process, &QProcess::readyReadStandardOutput);
    while (!process.canReadLine() && ready.wait(10000)) {
    }
    const QUrl url(QString::fromUtf8(process.readLine()).trimmed());
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(get(QUrl(url.toString() + QStringLiteral("/sandbox/health")), true).status, 200);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);

    QProcess bad;
    bad.start(QStringLiteral(CROSSKEY_SANDBOX_BINARY),
              {QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("x"))});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
}

QTEST_GUILESS_MAIN(tst_SandboxTls)
#include "tst_sandboxtls.moc"
