// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/server.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

class tst_SandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void portZero_listensOnLoopbackAndAnswers();
};

void tst_SandboxServer::portZero_listensOnLoopbackAndAnswers()
{
    CrossKey::Sandbox::Server server;
    QVERIFY(server.listen(0));
    QVERIFY(server.port() > 0);
    QCOMPARE(server.baseUrl().host(), QStringLiteral("127.0.0.1"));

    QNetworkAccessManager network;
    QNetworkReply *reply =
        network.get(QNetworkRequest(server.baseUrl().resolved(QUrl(QStringLiteral("/sandbox/health")))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("status")).toString(),
             QStringLiteral("ok"));
    reply->deleteLater();
}

QTEST_GUILESS_MAIN(tst_SandboxServer)
#include "tst_sandboxserver.moc"
