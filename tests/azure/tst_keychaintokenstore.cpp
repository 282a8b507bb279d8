// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/keychaintokenstore.h"
#include "azure/oauthstate.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using CrossKey::Azure::AzureError;
using CrossKey::Azure::KeychainTokenStore;
using CrossKey::Azure::OAuthState;
using CrossKey::Azure::StoredAccount;
using CrossKey::Azure::TokenStoreJob;
using CrossKey::Azure::TokenStoreResult;

// Runs the real QtKeychain against the private, unlocked keyring that scripts/test starts
// (dbus-run-session + scripts/lib/keyring-env, PLATFORM.md §4).
class tst_KeychainTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_writeReadOverwriteDeleteNotFound();
    void roundTrip_leavesNoTokenOnDisk();
    void noSessionBus_isKeychainUnavailable();

private:
    static TokenStoreResult run(TokenStoreJob *job)
    {
        QSignalSpy finished(job, &TokenStoreJob::finished);
        job->start();
        if (!finished.wait(20000)) {
            return AzureError(AzureError::Kind::Timeout, QStringLiteral("the job never finished"));
        }
        return finished.first().first().value<TokenStoreResult>();
    }
    static QString describe(const TokenStoreResult &result)
    {
        return result.hasValue() ? QStringLiteral("ok") : result.error().summary();
    }

    QString m_key;
    QByteArray m_refreshToken;
    bool m_haveBus = false;
};

void tst_KeychainTokenStore::initTestCase()
{
    qRegisterMetaType<TokenStoreResult>();
    m_haveBus = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
    // Unique per run, so a leftover entry of an earlier run cannot make the test pass.
    const QByteArray nonce = OAuthState::generate();
    m_key = QStringLiteral("tst_keychaintokenstore/") + QString::fromLatin1(nonce.left(12));
    m_refreshToken = "crosskey-test-refresh-" + nonce;
}

void tst_KeychainTokenStore::roundTrip_writeReadOverwriteDeleteNotFound()
{
    if (!m_haveBus) {
        QSKIP("DBUS_SESSION_BUS_ADDRESS is unset: no session bus, so no keychain. Run through scripts/test, or "
              "dbus-run-session -- scripts/lib/keyring-env ctest -R keychain");
    }
    KeychainTokenStore store(QStringLiteral("CrossKey-test"), std::chrono::seconds(15));
    const StoredAccount first{QString::fromLatin1(m_refreshToken),
                              QJsonObject{{QStringLiteral("tenantId"), QStringLiteral("t")}}};
    const StoredAccount second{QString::fromLatin1(m_refreshToken) + QStringLiteral("-rotated"), first.account};

    auto result = run(store.write(m_key, first));
    QVERIFY2(result.hasValue(), qPrintable(describe(result)));
    result = run(store.read(m_key));
    QVERIFY2(result.hasValue(), qPrintable(describe(result)));
    QCOMPARE(result.value(), std::optional(first));

    result = run(store.write(m_key, second));
    QVERIFY2(result.hasValue(), qPrintable(describe(result)));
    result = run(store.read(m_key));
    QVERIFY2(result.hasValue(), qPrintable(describe(result)));
    QCOMPARE(result.value(), std::optional(second));

    result = run(store.remove(m_key));
    QVERIFY2(result.hasValue(), qPrintable(describe(result)));
    result = run(store.read(m_key));
    QVERIFY2(result.hasValue(), qPrintable(describe(result)));
    QCOMPARE(result.value(), std::optional<StoredAccount>()); // not found
    result = run(store.remove(m_key));
    QVERIFY2(result.hasValue(), qPrintable(describe(result))); // removing again is fine
}

void tst_KeychainTokenStore::roundTrip_leavesNoTokenOnDisk()
{
    if (!m_haveBus) {
        QSKIP("DBUS_SESSION_BUS_ADDRESS is unset: the round trip did not run");
    }
    const QString home = QDir::homePath();
    const QString temp = QDir(QDir::tempPath()).canonicalPath();
    if (!QDir(home).canonicalPath().startsWith(temp + QLatin1Char('/'))) {
        QSKIP("HOME is not a throw-away directory (scripts/lib/keyring-env makes one); not scanning it");
    }
    // Write once more and leave it, so the keyring certainly holds the token while we look.
    KeychainTokenStore store(QStringLiteral("CrossKey-test"), std::chrono::seconds(15));
    const auto written = run(store.write(m_key, StoredAccount{QString::fromLatin1(m_refreshToken), {}}));
    QVERIFY2(written.hasValue(), qPrintable(describe(written)));

    int scanned = 0;
    QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        ++scanned;
        QVERIFY2(!file.readAll().contains(m_refreshToken), qPrintable(file.fileName()));
    }
    QVERIFY(scanned > 0); // the keyring file itself is there, encrypted

    QVERIFY(run(store.remove(m_key)).hasValue());
}

void tst_KeychainTokenStore::noSessionBus_isKeychainUnavailable()
{
    if (m_haveBus) {
        QSKIP("a session bus is present; the unavailable path is covered where there is none");
    }
    KeychainTokenStore store(QStringLiteral("CrossKey-test"), std::chrono::seconds(15));
    const auto result = run(store.read(m_key));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::Keychain);
    QVERIFY(!result.error().hint().isEmpty());
}

QTEST_GUILESS_MAIN(tst_KeychainTokenStore)
#include "tst_keychaintokenstore.moc"
