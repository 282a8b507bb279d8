// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/tokenresponse.h"

#include <QJsonDocument>
#include <QTest>

using CrossKey::Azure::AzureError;
using CrossKey::Azure::TokenResponse;

class tst_TokenResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromJson_data();
    void fromJson();
    void error_neverQuotesTheToken();
};

void tst_TokenResponse::fromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("badField"); // empty: valid
    QTest::addColumn<qint64>("expiresIn");
    QTest::newRow("full") << QByteArray(R"({"token_type":"Bearer","scope":"s","expires_in":3599,"ext_expires_in":3599,
        "access_token":"at","refresh_token":"rt","id_token":"it","unknown":{"x":1}})")
                          << QString() << qint64(3599);
    QTest::newRow("expires_in as string")
        << QByteArray(R"({"access_token":"at","expires_in":"3600"})") << QString() << qint64(3600);
    QTest::newRow("token_type lower case")
        << QByteArray(R"({"access_token":"at","expires_in":1,"token_type":"bearer"})") << QString() << qint64(1);
    QTest::newRow("null refresh token") << QByteArray(R"({"access_token":"at","expires_in":1,"refresh_token":null})")
                                        << QString() << qint64(1);
    QTest::newRow("no access token") << QByteArray(R"({"expires_in":1})") << QStringLiteral("access_token")
                                     << qint64(0);
    QTest::newRow("empty access token") << QByteArray(R"({"access_token":"","expires_in":1})")
                                        << QStringLiteral("access_token") << qint64(0);
    QTest::newRow("access token a number")
        << QByteArray(R"({"access_token":5,"expires_in":1})") << QStringLiteral("access_token") << qint64(0);
    QTest::newRow("pop token") << QByteArray(R"({"access_token":"at","expires_in":1,"token_type":"pop"})")
                               << QStringLiteral("token_type") << qint64(0);
    QTest::newRow("refresh token an object") << QByteArray(R"({"access_token":"at","expires_in":1,"refresh_token":{}})")
                                             << QStringLiteral("refresh_token") << qint64(0);
    QTest::newRow("no expires_in") << QByteArray(R"({"access_token":"at"})") << QStringLiteral("expires_in")
                                   << qint64(0);
    QTest::newRow("negative expires_in") << QByteArray(R"({"access_token":"at","expires_in":-5})")
                                         << QStringLiteral("expires_in") << qint64(0);
    QTest::newRow("text expires_in") << QByteArray(R"({"access_token":"at","expires_in":"soon"})")
                                     << QStringLiteral("expires_in") << qint64(0);
}

void tst_TokenResponse::fromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, badField);
    QFETCH(qint64, expiresIn);
    const auto result = TokenResponse::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(result.hasValue(), badField.isEmpty());
    if (result) {
        QCOMPARE(result.value().accessToken, QStringLiteral("at"));
        QCOMPARE(result.value().expiresIn, expiresIn);
    } else {
        QCOMPARE(result.error().kind(), AzureError::Kind::InvalidResponse);
        QVERIFY(result.error().message().contains(badField));
    }
}

void tst_TokenResponse::error_neverQuotesTheToken()
{
    const auto result = TokenResponse::fromJson(
        QJsonDocument::fromJson(R"({"access_token":"secret-token-text","expires_in":"never"})").object());
    QVERIFY(!result.hasValue());
    QVERIFY(!result.error().summary().contains(QLatin1String("secret-token-text")));
}

QTEST_GUILESS_MAIN(tst_TokenResponse)
#include "tst_tokenresponse.moc"
