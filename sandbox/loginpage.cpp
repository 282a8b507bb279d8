// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/loginpage.h"

namespace CrossKey::Sandbox {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString page(const QString &title, const QString &body, const QString &onload = {})
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width\">"
                          "<title>%1 - CrossKey sandbox</title>"
                          "<style>body{font-family:sans-serif;max-width:36em;margin:3em auto;padding:0 1em}"
                          "button{display:block;width:100%;margin:.4em 0;padding:.6em;text-align:left}"
                          ".note{color:GrayText}</style></head>"
                          "<body%3><p class=\"note\">CrossKey sandbox: a local stand-in for the Microsoft identity "
                          "platform. No password is needed.</p><h1>%1</h1>%2</body></html>\n")
        .arg(esc(title), body, onload);
}

QString hidden(const LoginPage::Fields &fields)
{
    QString out;
    for (const auto &field : fields) {
        out +=
            QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">").arg(esc(field.first), esc(field.second));
    }
    return out;
}

} // namespace

QString LoginPage::chooseUser(const QString &title, const QString &intro, const QString &action, const Fields &fields,
                              const QList<User> &users)
{
    QString body =
        QStringLiteral("<p>%1</p><form method=\"post\" action=\"%2\">%3").arg(esc(intro), esc(action), hidden(fields));
    for (const User &user : users) {
        body += QStringLiteral(
                    "<button type=\"submit\" name=\"sandbox_user\" value=\"%1\">%2<br><small>%1</small></button>")
                    .arg(esc(user.userPrincipalName), esc(user.displayName));
    }
    if (users.isEmpty()) {
        body += QStringLiteral("<p>There is no user who can sign in here.</p>");
    }
    return page(title, body + QStringLiteral("</form>"));
}

QString LoginPage::consent(const QString &clientName, const QString &userName, const QStringList &scopes,
                           const QString &action, const Fields &fields)
{
    QString list;
    for (const QString &scope : scopes) {
        list += QStringLiteral("<li>%1</li>").arg(esc(scope));
    }
    const QString body =
        QStringLiteral("<p>%1 (signed in as %2) wants to:</p><ul>%3</ul><form method=\"post\" action=\"%4\">%5"
                       "<button type=\"submit\" name=\"sandbox_consent\" value=\"accept\">Accept</button>"
                       "<button type=\"submit\" name=\"sandbox_consent\" value=\"decline\">Cancel</button></form>")
            .arg(esc(clientName), esc(userName), list, esc(action), hidden(fields));
    return page(QStringLiteral("Permissions requested"), body);
}

QString LoginPage::enterCode(const QString &action, const QString &problem)
{
    const QString body =
        QStringLiteral("%1<form method=\"post\" action=\"%2\"><label for=\"code\">Code</label> "
                       "<input id=\"code\" name=\"user_code\" autocomplete=\"off\" autofocus>"
                       "<button type=\"submit\">Next</button></form>")
            .arg(problem.isEmpty() ? QString() : QStringLiteral("<p role=\"alert\">%1</p>").arg(esc(problem)),
                 esc(action));
    return page(QStringLiteral("Enter code"), body);
}

QString LoginPage::message(const QString &title, const QString &text)
{
    return page(title,
                QStringLiteral("<p>%1</p>").arg(esc(text).replace(QStringLiteral("\r\n"), QStringLiteral("<br>"))));
}

QString LoginPage::formPost(const QString &redirectUri, const Fields &fields)
{
    const QString body = QStringLiteral("<form method=\"post\" action=\"%1\">%2<noscript><button type=\"submit\">"
                                        "Continue</button></noscript></form>")
                             .arg(esc(redirectUri), hidden(fields));
    return page(QStringLiteral("Working..."), body, QStringLiteral(" onload=\"document.forms[0].submit()\""));
}

} // namespace CrossKey::Sandbox
