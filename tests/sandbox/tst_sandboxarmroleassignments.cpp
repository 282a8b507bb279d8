// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ids.h"
#include "sandbox/knownids.h"
#include "sandbox/world.h"
#include "sandboxarmclient.h"

#include <QTest>

using namespace CrossKey::Sandbox;

namespace {
const QString kEncryptionUser = QStringLiteral("e147488a-f6f5-4113-8e2d-b22465e65bf6");
const QString kGroup = QStringLiteral("/resourceGroups/rg-crosskey-isv");

QString assignments(const QString &scope, const QString &suffix = {})
{
    return scope + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments") + suffix;
}
QString version(const QString &path)
{
    return path + (path.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?")) +
           QStringLiteral("api-version=2022-04-01");
}
QJsonObject assignmentBody(const QString &role, const QString &principal, const QString &type = QStringLiteral("User"))
{
    return QJsonObject{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("roleDefinitionId"),
                      QString(SandboxArmClient::sub() +
                              QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions/") + role)},
                     {QStringLiteral("principalId"), principal},
                     {QStringLiteral("principalType"), type}}}};
}
} // namespace

class tst_SandboxArmRoleAssignments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roleDefinitions_byNameAndId();
    void put_createsThenIsIdempotent();
    void put_sameRoleOtherName_isRoleAssignmentExists();
    void put_perUser_data();
    void put_perUser();
    void put_newIdentity_principalNotFoundUntilReplicated();
    void put_badInput_data();
    void put_badInput();
    void list_filters();
    void delete_removesAndThen204();
};

void tst_SandboxArmRoleAssignments::roleDefinitions_byNameAndId()
{
    SandboxArmClient arm;
    const QByteArray token = arm.token("support");
    const QString definitions =
        SandboxArmClient::sub() + QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions");
    const HttpResult byName = arm.call(
        "GET",
        definitions + QStringLiteral("?$filter=roleName%20eq%20'Key%20Vault%20Crypto%20Service%20Encryption%20User'"
                                     "&api-version=2022-04-01"),
        token);
    QCOMPARE(byName.status, 200);
    const QJsonArray value = byName.json()[QStringLiteral("value")].toArray();
    QCOMPARE(value.size(), 1);
    QCOMPARE(value.first()[QStringLiteral("name")].toString(), kEncryptionUser);
    const QJsonObject permissions =
        value.first()[QStringLiteral("properties")][QStringLiteral("permissions")].toArray().first().toObject();
    QVERIFY(permissions[QStringLiteral("dataActions")].toArray().contains(
        QStringLiteral("Microsoft.KeyVault/vaults/keys/unwrap/action")));
    const HttpResult byId = arm.call(
        "GET", definitions + QStringLiteral("/f1a07417-d97a-45cb-824c-7a7467783830?api-version=2022-04-01"), token);
    QCOMPARE(byId.json()[QStringLiteral("properties")][QStringLiteral("roleName")].toString(),
             QStringLiteral("Managed Identity Operator"));
    const HttpResult missing = arm.call(
        "GET", definitions + QStringLiteral("/") + Ids::random() + QStringLiteral("?api-version=2022-04-01"), token);
    QCOMPARE(SandboxArmClient::code(missing), QStringLiteral("RoleDefinitionDoesNotExist"));
}

void tst_SandboxArmRoleAssignments::put_createsThenIsIdempotent()
{
    SandboxArmClient arm;
    const QByteArray token = arm.token("admin");
    const QString name = Ids::random();
    const QString developer = Scenarios::userId(QStringLiteral("contosoisv"), QStringLiteral("developer"));
    const QString path = version(assignments(SandboxArmClient::sub() + kGroup, QLatin1Char('/') + name));
    const HttpResult created = arm.call("PUT", path, token, assignmentBody(kEncryptionUser, developer));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json()[QStringLiteral("properties")][QStringLiteral("scope")].toString(),
             SandboxArmClient::sub() + kGroup);
    QCOMPARE(arm.call("PUT", path, token, assignmentBody(kEncryptionUser, developer)).status, 200);
    QCOMPARE(arm.call("GET", path, token).status, 200);
    const HttpResult changed = arm.call("PUT", path, token, assignmentBody(KnownIds::readerRoleDefinition, developer));
    QCOMPARE(changed.status, 409);
    QCOMPARE(SandboxArmClient::code(changed), QStringLiteral("RoleAssignmentUpdateNotPermitted"));
}

void tst_SandboxArmRoleAssignments::put_sameRoleOtherName_isRoleAssignmentExists()
{
    SandboxArmClient arm;
    const QByteArray token = arm.token("owner");
    const QString support = Scenarios::userId(QStringLiteral("contosoisv"), QStringLiteral("support"));
    const HttpResult result =
        arm.call("PUT", version(assignments(SandboxArmClient::sub(), QLatin1Char('/') + Ids::random())), token,
                 assignmentBody(KnownIds::readerRoleDefinition, support));
    QCOMPARE(result.status, 409);
    QCOMPARE(SandboxArmClient::code(result), QStringLiteral("RoleAssignmentExists"));
    QCOMPARE(SandboxArmClient::message(result), QStringLiteral("The role assignment already exists."));
}

void tst_SandboxArmRoleAssignments::put_perUser_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("status");
    QTest::newRow("admin") << "admin" << 201;
    QTest::newRow("owner") << "owner" << 201;
    QTest::newRow("developer (contributor)") << "developer" << 403;
    QTest::newRow("support (reader)") << "support" << 403;
}

void tst_SandboxArmRoleAssignments::put_perUser()
{
    QFETCH(QString, user);
    QFETCH(int, status);
    SandboxArmClient arm;
    const QString target = Scenarios::userId(QStringLiteral("contosoisv"), QStringLiteral("support"));
    const HttpResult result =
        arm.call("PUT", version(assignments(SandboxArmClient::sub() + kGroup, QLatin1Char('/') + Ids::random())),
                 arm.token(user), assignmentBody(kEncryptionUser, target));
    QCOMPARE(result.status, status);
    if (status == 403) {
        QVERIFY(SandboxArmClient::message(result).contains(
            QStringLiteral("'Microsoft.Authorization/roleAssignments/write'")));
    }
}

void tst_SandboxArmRoleAssignments::put_newIdentity_principalNotFoundUntilReplicated()
{
    ServerOptions options;
    options.principalReplicationDelayMs = 45000;
    SandboxArmClient arm(options);
    const QByteArray token = arm.token("admin");
    QCOMPARE(arm.call("POST",
                      SandboxArmClient::sub() +
                          QStringLiteral("/providers/Microsoft.ManagedIdentity/register?api-version=2024-03-01"),
                      token)
                 .status,
             200);
    arm.clock().advance(60);
    const HttpResult identity = arm.call(
        "PUT",
        SandboxArmClient::sub() + kGroup +
            QStringLiteral(
                "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/uami-crosskey?api-version=2023-01-31"),
        token, QJsonObject{{QStringLiteral("location"), QStringLiteral("eastus")}});
    QCOMPARE(identity.status, 201);
    const QString principal = identity.json()[QStringLiteral("properties")][QStringLiteral("principalId")].toString();
    const QString path = version(assignments(SandboxArmClient::sub() + kGroup, QLatin1Char('/') + Ids::random()));
    const QJsonObject body = assignmentBody(kEncryptionUser, principal, QStringLiteral("ServicePrincipal"));
    const HttpResult early = arm.call("PUT", path, token, body);
    QCOMPARE(early.status, 400);
    QCOMPARE(SandboxArmClient::code(early), QStringLiteral("PrincipalNotFound"));
    QVERIFY(SandboxArmClient::message(early).contains(QStringLiteral("replication delay")));
    arm.clock().advance(46);
    const HttpResult later = arm.call("PUT", path, token, body);
    QCOMPARE(later.status, 201);
    QCOMPARE(later.json()[QStringLiteral("properties")][QStringLiteral("principalType")].toString(),
             QStringLiteral("ServicePrincipal"));
}

void tst_SandboxArmRoleAssignments::put_badInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    const QString support = Scenarios::userId(QStringLiteral("contosoisv"), QStringLiteral("support"));
    const QByteArray good = QJsonDocument(assignmentBody(kEncryptionUser, support)).toJson(QJsonDocument::Compact);
    QTest::newRow("name not a guid") << "not-a-guid" << good << "InvalidRoleAssignmentId";
    QTest::newRow("malformed json") << Ids::random() << QByteArray("{\"properties\":") << "InvalidRequestContent";
    QTest::newRow("empty body") << Ids::random() << QByteArray() << "InvalidRequestContent";
    QTest::newRow("bad role id") << Ids::random()
                                 << QJsonDocument(QJsonObject{{QStringLiteral("properties"),
                                                               QJsonObject{{QStringLiteral("roleDefinitionId"),
                                                                            QStringLiteral("reader")},
                                                                           {QStringLiteral("principalId"), support}}}})
                                        .toJson()
                                 << "LinkedInvalidPropertyId";
    QTest::newRow("unknown role") << Ids::random() << QJsonDocument(assignmentBody(Ids::random(), support)).toJson()
                                  << "RoleDefinitionDoesNotExist";
    QTest::newRow("principal not a guid")
        << Ids::random() << QJsonDocument(assignmentBody(kEncryptionUser, QStringLiteral("me"))).toJson()
        << "InvalidPrincipalId";
    QTest::newRow("unknown principal") << Ids::random()
                                       << QJsonDocument(assignmentBody(kEncryptionUser, Ids::random())).toJson()
                                       << "PrincipalNotFound";
    QTest::newRow("principalType wrong type")
        << Ids::random() << QByteArray("{\"properties\":{\"principalType\":3}}") << "InvalidRequestContent";
}

void tst_SandboxArmRoleAssignments::put_badInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    SandboxArmClient arm;
    const QByteArray token = arm.token("admin");
    const quint64 revision = arm.server().world().revision();
    const HttpResult result =
        arm.call("PUT", version(assignments(SandboxArmClient::sub() + kGroup, QLatin1Char('/') + name)), token, body);
    QCOMPARE(result.status, 400);
    QCOMPARE(SandboxArmClient::code(result), code);
    QCOMPARE(arm.server().world().revision(), revision);
}

void tst_SandboxArmRoleAssignments::list_filters()
{
    SandboxArmClient arm;
    const QByteArray token = arm.token("support");
    const QString developer = Scenarios::userId(QStringLiteral("contosoisv"), QStringLiteral("developer"));
    const auto count = [&](const QString &scope, const QString &filter) {
        const QString query = filter.isEmpty() ? QString() : QStringLiteral("?$filter=") + filter;
        const HttpResult result = arm.call("GET", version(assignments(scope) + query), token);
        return result.status == 200 ? result.json()[QStringLiteral("value")].toArray().size() : -result.status;
    };
    QCOMPARE(count(SandboxArmClient::sub(), {}), 4);
    QCOMPARE(count(SandboxArmClient::sub(), QStringLiteral("atScope()")), 3);
    QCOMPARE(count(SandboxArmClient::sub() + kGroup, QStringLiteral("atScope()")), 4);
    QCOMPARE(count(SandboxArmClient::sub(), QStringLiteral("principalId%20eq%20'") + developer + QLatin1Char('\'')), 1);
    QCOMPARE(count(SandboxArmClient::sub(),
                   QStringLiteral("atScope()%20and%20assignedTo('") + developer + QStringLiteral("')")),
             0);
    QCOMPARE(count(SandboxArmClient::sub(), QStringLiteral("nonsense")), -400);
}

void tst_SandboxArmRoleAssignments::delete_removesAndThen204()
{
    SandboxArmClient arm;
    const QByteArray token = arm.token("admin");
    const QString name = Ids::random();
    const QString path = version(assignments(SandboxArmClient::sub() + kGroup, QLatin1Char('/') + name));
    const QString support = Scenarios::userId(QStringLiteral("contosoisv"), QStringLiteral("support"));
    QCOMPARE(arm.call("PUT", path, token, assignmentBody(kEncryptionUser, support)).status, 201);
    QCOMPARE(arm.call("DELETE", path, arm.token("support")).status, 403);
    QCOMPARE(arm.call("DELETE", path, token).status, 200);
    QCOMPARE(arm.call("DELETE", path, token).status, 204);
    QCOMPARE(SandboxArmClient::code(arm.call("GET", path, token)), QStringLiteral("RoleAssignmentNotFound"));
}

QTEST_GUILESS_MAIN(tst_SandboxArmRoleAssignments)
#include "tst_sandboxarmroleassignments.moc"
