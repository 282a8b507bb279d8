// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/storedaccount.h"

#include <QObject>

namespace CrossKey::Azure {

// TokenStoreJob is one read, write or removal in a TokenStore. It finishes exactly once, with the result in
// the signal and always after start() has returned, then deletes itself; cancel() finishes it at once as
// cancelled (a keychain call already sent may still complete in the background).
class TokenStoreJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStoreJob)

public:
    explicit TokenStoreJob(QObject *parent = nullptr);

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(const CrossKey::Azure::TokenStoreResult &result);

protected:
    virtual void doStart() = 0;
    // Stop timers and drop connections; finish() must not be called from here.
    virtual void doCancel() {}
    void finish(const TokenStoreResult &result);

private:
    bool m_started = false;
    bool m_finished = false;
};

} // namespace CrossKey::Azure
