// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/urlopener.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <functional>

namespace CrossKey::Tests {

// SandboxBrowser stands in for the system browser: it loads the authorize page from the sandbox (which, with
// --auto-approve, answers at once with a redirect) and follows that redirect to the loopback listener, as a
// browser would. Tests may rewrite either URL to play an attacker or a broken page.
class SandboxBrowser final : public Azure::UrlOpener
{
public:
    explicit SandboxBrowser(QNetworkAccessManager *network)
        : m_network(network)
    {}

    std::function<QUrl(QUrl)> rewriteAuthorize;
    std::function<QUrl(QUrl)> rewriteRedirect;
    bool follow = true;  // false: open nothing (the user never comes back)
    bool refuse = false; // false from openUrl(), as when no browser exists

    int opened = 0;
    QUrl authorizeUrl;
    QUrl redirect;      // where the sandbox sent the browser
    int pageStatus = 0; // the loopback listener's answer
    QByteArray page;

    bool openUrl(const QUrl &url) override
    {
        if (refuse) {
            return false;
        }
        ++opened;
        authorizeUrl = url;
        if (follow) {
            get(rewriteAuthorize ? rewriteAuthorize(url) : url, true);
        }
        return true;
    }

    QString redirectValue(const QString &key) const { return QUrlQuery(redirect).queryItemValue(key); }

private:
    void get(const QUrl &url, bool authorize)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network->get(request);
        // The context is ours, not the reply's: a page that arrives after the test (and this browser) is
        // gone must not write into a dead object.
        QObject::connect(reply, &QNetworkReply::finished, &m_context, [this, reply, authorize] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (!authorize) {
                pageStatus = status;
                page = reply->readAll();
                return;
            }
            if (status == 302 || status == 303) {
                redirect = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
                get(rewriteRedirect ? rewriteRedirect(redirect) : redirect, false);
            }
        });
    }

    QNetworkAccessManager *m_network;
    QObject m_context;
};

} // namespace CrossKey::Tests
