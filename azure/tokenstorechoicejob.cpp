// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/tokenstorechoicejob.h"

#include "azure/keychaintokenstore.h"
#include "azure/memorytokenstore.h"

#include <QLoggingCategory>
#include <QUuid>

namespace CrossKey::Azure {

namespace {
Q_LOGGING_CATEGORY(lcStore, "crosskey.azure.tokenstore")
} // namespace

TokenStoreChoiceJob::TokenStoreChoiceJob(QString service, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_keychain(std::make_shared<KeychainTokenStore>(std::move(service), timeout))
    // Not a secret: only proves that what is written comes back.
    , m_probeValue(QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

void TokenStoreChoiceJob::start()
{
    run(Step::Write);
}

void TokenStoreChoiceJob::run(Step step)
{
    TokenStoreJob *job = nullptr;
    switch (step) {
    case Step::Write:
        job = m_keychain->write(kProbeKey, StoredAccount{m_probeValue, QJsonObject()});
        break;
    case Step::Read:
        job = m_keychain->read(kProbeKey);
        break;
    case Step::Remove:
        job = m_keychain->remove(kProbeKey);
        break;
    }
    connect(job, &TokenStoreJob::finished, this,
            [this, step](const TokenStoreResult &result) { stepDone(step, result); });
    job->start();
}

void TokenStoreChoiceJob::stepDone(Step step, const TokenStoreResult &result)
{
    if (!result) {
        fallBack(result.error());
        return;
    }
    switch (step) {
    case Step::Write:
        run(Step::Read);
        return;
    case Step::Read:
        if (!result.value() || result.value()->refreshToken != m_probeValue) {
            fallBack(AzureError(AzureError::Kind::Keychain,
                                tr("The system keychain did not return what was written to it.")));
            return;
        }
        run(Step::Remove);
        return;
    case Step::Remove:
        qCInfo(lcStore) << "tokens are kept in the system keychain";
        finish(TokenStoreChoice{m_keychain, std::nullopt});
        return;
    }
}

void TokenStoreChoiceJob::fallBack(const AzureError &error)
{
    AzureError notice(AzureError::Kind::Keychain,
                      tr("%1 — sign-ins are kept in memory for this run only.").arg(error.message()),
                      tr("To keep sign-ins between runs, install or unlock a Secret Service keyring such as "
                         "GNOME Keyring (gnome-keyring) or KWallet, then start CrossKey again."));
    notice.setCode(QStringLiteral("KeychainUnavailable"));
    qCWarning(lcStore).noquote() << "keychain unavailable, keeping tokens in memory:" << error.message();
    finish(TokenStoreChoice{std::make_shared<MemoryTokenStore>(), notice});
}

void TokenStoreChoiceJob::finish(TokenStoreChoice choice)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    Q_EMIT finished(choice);
    deleteLater();
}

} // namespace CrossKey::Azure
