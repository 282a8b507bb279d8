// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/scopes.h"

#include <QTest>

using CrossKey::Azure::Scopes;

class tst_Scopes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forResource_keepsTheResourceVerbatim_data();
    void forResource_keepsTheResourceVerbatim();
    void forHost_dropsPathAndQuery_data();
    void forHost_dropsPathAndQuery();
    void resourceOf_reversesForResource_data();
    void resourceOf_reversesForResource();
    void withOpenId_addsOidcScopes();
};

void tst_Scopes::forResource_keepsTheResourceVerbatim_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("scope");
    // CONTRACTS.md §1.1: the legacy ARM scope has a double slash, and that is correct.
    QTest::newRow("legacy arm") << "https://management.core.windows.net/"
                                << "https://management.core.windows.net//.default";
    QTest::newRow("arm") << "https://management.azure.com"
                         << "https://management.azure.com/.default";
    QTest::newRow("vault") << "https://vault.azure.net"
                           << "https://vault.azure.net/.default";
    QTest::newRow("fic audience") << "api://AzureADTokenExchange"
                                  << "api://AzureADTokenExchange/.default";
}

void tst_Scopes::forResource_keepsTheResourceVerbatim()
{
    QFETCH(QString, resource);
    QFETCH(QString, scope);
    QCOMPARE(Scopes::forResource(resource), scope);
}

void tst_Scopes::forHost_dropsPathAndQuery_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("scope");
    QTest::newRow("graph") << QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/me?$select=id"))
                           << "https://graph.microsoft.com/.default";
    QTest::newRow("trailing slash") << QUrl(QStringLiteral("https://management.azure.com/"))
                                    << "https://management.azure.com/.default";
    QTest::newRow("port kept") << QUrl(QStringLiteral("http://127.0.0.1:8123/graph"))
                               << "http://127.0.0.1:8123/.default";
}

void tst_Scopes::forHost_dropsPathAndQuery()
{
    QFETCH(QUrl, url);
    QFETCH(QString, scope);
    QCOMPARE(Scopes::forHost(url), scope);
}

void tst_Scopes::resourceOf_reversesForResource_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("resource");
    QTest::newRow("vault") << "https://vault.azure.net/.default"
                           << "https://vault.azure.net";
    QTest::newRow("legacy arm") << "https://management.core.windows.net//.default"
                                << "https://management.core.windows.net/";
    QTest::newRow("named scope") << "https://management.azure.com/user_impersonation" << QString();
    QTest::newRow("bare suffix") << "/.default" << QString();
}

void tst_Scopes::resourceOf_reversesForResource()
{
    QFETCH(QString, scope);
    QFETCH(QString, resource);
    QCOMPARE(Scopes::resourceOf(scope), resource);
}

void tst_Scopes::withOpenId_addsOidcScopes()
{
    QCOMPARE(Scopes::withOpenId(QStringLiteral("https://management.azure.com/.default")),
             QStringLiteral("openid profile offline_access https://management.azure.com/.default"));
}

QTEST_GUILESS_MAIN(tst_Scopes)
#include "tst_scopes.moc"
