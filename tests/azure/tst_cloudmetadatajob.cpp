// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/cloudmetadatajob.h"
#include "sandbox/server.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using CrossKey::Azure::AzureError;
using CrossKey::Azure::CloudMetadataJob;
using CrossKey::Azure::CloudResult;

class tst_CloudMetadataJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<CloudResult>(); }
    void plainHttpToAnotherHost_isInvalidInput();
    void cancel_finishesOnceAsCancelled();
    void nothingListening_isNetworkError();
    void sandbox_isReadAsACloud();

private:
    static AzureError errorOf(const QSignalSpy &spy) { return spy.first().first().value<CloudResult>().error(); }

    QNetworkAccessManager m_network;
};

void tst_CloudMetadataJob::plainHttpToAnotherHost_isInvalidInput()
{
    auto *job = new CloudMetadataJob(&m_network, QUrl(QStringLiteral("http://management.example.com")));
    QSignalSpy finished(job, &CloudMetadataJob::finished);
    job->start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(errorOf(finished).kind(), AzureError::Kind::InvalidInput);
}

void tst_CloudMetadataJob::cancel_finishesOnceAsCancelled()
{
    auto *job = new CloudMetadataJob(&m_network, QUrl(QStringLiteral("http://127.0.0.1:1")));
    QSignalSpy finished(job, &CloudMetadataJob::finished);
    QSignalSpy destroyed(job, &QObject::destroyed);
    job->start();
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(errorOf(finished).isCancelled());
    QTRY_COMPARE(destroyed.count(), 1);
    QCOMPARE(finished.count(), 1);
}

void tst_CloudMetadataJob::nothingListening_isNetworkError()
{
    // Port 1 on loopback: refused at once on any test machine.
    auto *job = new CloudMetadataJob(&m_network, QUrl(QStringLiteral("http://127.0.0.1:1")));
    QSignalSpy finished(job, &CloudMetadataJob::finished);
    job->start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(errorOf(finished).kind(), AzureError::Kind::Network);
}

void tst_CloudMetadataJob::sandbox_isReadAsACloud()
{
    // The sandbox's real /metadata/endpoints, as `--cloud http://127.0.0.1:N` reads it.
    CrossKey::Sandbox::Server sandbox;
    QVERIFY(sandbox.listen(0));
    auto *job = new CloudMetadataJob(&m_network, sandbox.baseUrl());
    QSignalSpy finished(job, &CloudMetadataJob::finished);
    job->start();
    QTRY_COMPARE(finished.count(), 1);
    const CloudResult result = finished.first().first().value<CloudResult>();
    QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().summary()));
    const CrossKey::Azure::Cloud &cloud = result.value();
    QVERIFY(!cloud.isBuiltIn());
    QCOMPARE(cloud.authorityHost().port(), int(sandbox.port()));
    QCOMPARE(cloud.resourceManagerUrl().port(), int(sandbox.port()));
    QCOMPARE(cloud.armScope(), QStringLiteral("https://management.core.windows.net//.default"));
    // Graph is the sandbox itself (its microsoftGraphResourceId), never the real graph.microsoft.com.
    QCOMPARE(cloud.graphUrl().port(), int(sandbox.port()));
    QCOMPARE(cloud.graphScope(), sandbox.baseUrl().toString(QUrl::StripTrailingSlash) + QStringLiteral("/.default"));
    QVERIFY(!cloud.keyVaultScope().isEmpty()); // its vault suffix is the sandbox's to choose
}

QTEST_GUILESS_MAIN(tst_CloudMetadataJob)
#include "tst_cloudmetadatajob.moc"
