// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/tokenstorejob.h"

namespace CrossKey::Azure {

TokenStoreJob::TokenStoreJob(QObject *parent)
    : QObject(parent)
{}

void TokenStoreJob::start()
{
    if (m_started || m_finished) {
        return;
    }
    m_started = true;
    doStart();
}

void TokenStoreJob::cancel()
{
    if (m_finished) {
        return;
    }
    doCancel();
    finish(AzureError::cancelled());
}

void TokenStoreJob::finish(const TokenStoreResult &result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace CrossKey::Azure
