// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/worldtypes.h"

#include <QList>
#include <QPair>
#include <QString>

namespace CrossKey::Sandbox {

// LoginPage renders the identity platform's HTML pages: pick a demo user, consent, enter a device
// code, errors, and the auto-submitting form of response_mode=form_post. Every value is escaped.
class LoginPage final
{
public:
    using Fields = QList<QPair<QString, QString>>;

    // One submit button per user, posting `fields` plus sandbox_user=<upn> to `action`.
    static QString chooseUser(const QString &title, const QString &intro, const QString &action, const Fields &fields,
                              const QList<User> &users);
    // Accept / Decline buttons posting sandbox_consent=accept|decline.
    static QString consent(const QString &clientName, const QString &userName, const QStringList &scopes,
                           const QString &action, const Fields &fields);
    static QString enterCode(const QString &action, const QString &problem);
    static QString message(const QString &title, const QString &text);
    static QString formPost(const QString &redirectUri, const Fields &fields);
};

} // namespace CrossKey::Sandbox
