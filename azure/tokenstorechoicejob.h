// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/azureerror.h"
#include "azure/tokenstore.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>
#include <optional>

namespace CrossKey::Azure {

// The token store a run uses: the OS keychain when it works, otherwise memory for this run only, with
// `notice` (kind Keychain) saying so and how to fix it. There is never a file.
struct TokenStoreChoice
{
    std::shared_ptr<TokenStore> store;
    std::optional<AzureError> notice; // set when the keychain failed and `store` is a MemoryTokenStore
    bool usesKeychain() const { return store && !notice; }
};

// TokenStoreChoiceJob decides where tokens go at start-up: it writes, reads back and removes a probe entry
// (no secret in it) through a KeychainTokenStore. Any failure — no D-Bus session, no Secret Service,
// locked, denied, no answer in time — gives a MemoryTokenStore and the notice. finished() comes once,
// after start() has returned; then the job deletes itself.
class TokenStoreChoiceJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStoreChoiceJob)

public:
    static constexpr QLatin1String kProbeKey{"CrossKey keychain probe"};

    explicit TokenStoreChoiceJob(QString service = QStringLiteral("CrossKey"),
                                 std::chrono::milliseconds timeout = std::chrono::seconds(15),
                                 QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(const CrossKey::Azure::TokenStoreChoice &choice);

private:
    enum class Step
    {
        Write,
        Read,
        Remove,
    };
    void run(Step step);
    void stepDone(Step step, const TokenStoreResult &result);
    void fallBack(const AzureError &error);
    void finish(TokenStoreChoice choice);

    std::shared_ptr<TokenStore> m_keychain;
    QString m_probeValue;
    bool m_finished = false;
};

} // namespace CrossKey::Azure

Q_DECLARE_METATYPE(CrossKey::Azure::TokenStoreChoice)
