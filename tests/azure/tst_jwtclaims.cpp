// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/jwtclaims.h"

#include <QJsonDocument>
#include <QTest>

using CrossKey::Azure::AzureError;
using CrossKey::Azure::JwtClaims;

namespace {

QByteArray part(const QByteArray &json)
{
    return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray token(const QByteArray &payload)
{
    return part(R"({"typ":"JWT","alg":"RS256","kid":"k"})") + '.' + part(payload) + ".c2lnbmF0dXJl";
}

} // namespace

class tst_JwtClaims : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accessToken_givesIdentity();
    void idToken_usesPreferredUsername();
    void audienceList_givesFirst();
    void unsecuredToken_isRead();
    void malformed_isInvalidResponseWithoutToken_data();
    void malformed_isInvalidResponseWithoutToken();
};

void tst_JwtClaims::accessToken_givesIdentity()
{
    // The claims of a v1 ARM access token for a user (placeholder ids).
    const QByteArray payload =
        R"({"aud":"https://management.core.windows.net/","iss":"https://sts.windows.net/33333333-3333-3333-3333-333333333333/",
        "iat":1719828000,"nbf":1719828000,"exp":1719832212,"oid":"22222222-2222-2222-2222-222222222222",
        "tid":"33333333-3333-3333-3333-333333333333","upn":"admin@contosoisv.onmicrosoft.com",
        "preferred_username":"ignored@example.com","scp":"user_impersonation","ver":"1.0"})";
    const auto result = JwtClaims::parse(token(payload));
    QVERIFY(result.hasValue());
    const JwtClaims &claims = result.value();
    QCOMPARE(claims.tenantId(), QStringLiteral("33333333-3333-3333-3333-333333333333"));
    QCOMPARE(claims.objectId(), QStringLiteral("22222222-2222-2222-2222-222222222222"));
    QCOMPARE(claims.username(), QStringLiteral("admin@contosoisv.onmicrosoft.com"));
    QCOMPARE(claims.audience(), QStringLiteral("https://management.core.windows.net/"));
    QCOMPARE(claims.scopes(), QStringList{QStringLiteral("user_impersonation")});
    QCOMPARE(claims.expiresAt(), QDateTime::fromSecsSinceEpoch(1719832212, Qt::UTC));
    QCOMPARE(claims.issuer(), QStringLiteral("https://sts.windows.net/33333333-3333-3333-3333-333333333333/"));
}

void tst_JwtClaims::idToken_usesPreferredUsername()
{
    const auto result = JwtClaims::parse(
        token(R"({"aud":"04b07795-8ddb-461a-bbee-02f9e1bf7b46","preferred_username":"admin@fabrikam.onmicrosoft.com",
                  "scp":"Application.ReadWrite.All  User.Read","tid":"t"})"));
    QVERIFY(result.hasValue());
    QCOMPARE(result.value().username(), QStringLiteral("admin@fabrikam.onmicrosoft.com"));
    QCOMPARE(result.value().scopes(),
             QStringList({QStringLiteral("Application.ReadWrite.All"), QStringLiteral("User.Read")}));
    QVERIFY(!result.value().expiresAt().isValid());
}

void tst_JwtClaims::audienceList_givesFirst()
{
    const auto result = JwtClaims::parse(token(R"({"aud":["api://AzureADTokenExchange","other"]})"));
    QVERIFY(result.hasValue());
    QCOMPARE(result.value().audience(), QStringLiteral("api://AzureADTokenExchange"));
}

void tst_JwtClaims::unsecuredToken_isRead()
{
    const QByteArray unsecured = part(R"({"alg":"none"})") + '.' + part(R"({"tid":"t"})") + '.';
    QVERIFY(JwtClaims::parse(unsecured).hasValue());
}

void tst_JwtClaims::malformed_isInvalidResponseWithoutToken_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("opaque") << QByteArray("0.AXoAsecretrefreshtokenlike");
    QTest::newRow("two parts") << part("{}") + '.' + part(R"({"tid":"t"})");
    QTest::newRow("four parts") << token(R"({"tid":"t"})") + ".x";
    QTest::newRow("not base64url") << part("{}") + ".a+b/c." + "sig";
    QTest::newRow("not json") << part("{}") + '.' + part("secret-not-json") + ".sig";
    QTest::newRow("json array") << token("[1,2]");
    QTest::newRow("tid is a number") << token(R"({"tid":5})");
    QTest::newRow("exp is text") << token(R"({"exp":"1719832212"})");
    QTest::newRow("aud holds a number") << token(R"({"aud":[1]})");
    QTest::newRow("scp is a list") << token(R"({"scp":["a"]})");
}

void tst_JwtClaims::malformed_isInvalidResponseWithoutToken()
{
    QFETCH(QByteArray, token);
    const auto result = JwtClaims::parse(token);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::InvalidResponse);
    const QByteArray json = QJsonDocument(result.error().toJson()).toJson();
    for (const QByteArray &piece : token.split('.')) {
        if (piece.size() > 3) {
            QVERIFY2(!json.contains(piece), "the error repeats the token");
        }
    }
    QVERIFY(!json.contains("secret"));
}

QTEST_GUILESS_MAIN(tst_JwtClaims)
#include "tst_jwtclaims.moc"
