// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace CrossKey::Azure {

// AzureError is the product's one error type: what failed (HTTP status, the service's error code
// and message, the request ids to quote to support) and a plain-language hint on what to do.
// Timeouts, cancellation, bad files and bad server answers are kinds of it too.
class AzureError
{
    Q_DECLARE_TR_FUNCTIONS(AzureError)

public:
    enum class Kind
    {
        Service,         // the service answered with an error status
        Network,         // no answer: connection refused, reset, DNS, TLS
        Timeout,         // no answer in time
        Cancelled,       // the user or the program cancelled
        InvalidResponse, // an answer we could not understand (bad JSON, wrong types, HTML from a proxy)
        InvalidFile,     // a local file (progress, invitation, key grant) that is unreadable or malformed
        InvalidInput,    // something the user entered
        SignIn,          // sign-in could not complete
        Keychain,        // the OS keychain cannot be used (no keyring, locked, denied, no answer)
        Internal,        // a defect in CrossKey itself
    };

    AzureError() = default;
    AzureError(Kind kind, QString message, QString hint = {});

    static AzureError service(int httpStatus, QString code, QString message);
    static AzureError cancelled();
    static AzureError timeout(QString what);
    static AzureError invalidFile(const QString &path, QString reason);

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString code() const { return m_code; }
    QString message() const { return m_message; }
    QString hint() const { return m_hint; }
    // The more specific code beneath code(): Key Vault's innererror.code (ForbiddenByRbac), the first
    // ARM details[].code, the OAuth `error` of a token error (CONTRACTS.md §0, §1.6, §4.5).
    QString innerCode() const { return m_innerCode; }
    // ARM details[] and similar sub-errors, one "code: message" line each, shown as evidence.
    QStringList details() const { return m_details; }
    // Header name → value, e.g. "x-ms-request-id", "x-ms-correlation-request-id", "request-id".
    QMap<QString, QString> requestIds() const { return m_requestIds; }

    AzureError &setHint(QString hint);
    AzureError &setCode(QString code);
    AzureError &setInnerCode(QString innerCode);
    AzureError &setDetails(QStringList details);
    AzureError &setHttpStatus(int httpStatus);
    AzureError &addRequestId(const QString &header, const QString &value);

    bool isCancelled() const { return m_kind == Kind::Cancelled; }

    // One line for logs and lists: "Forbidden (403 AuthorizationFailed): The client …".
    QString summary() const;
    static QString kindName(Kind kind);

    // For the progress file: no tokens ever reach an AzureError, so it is safe to persist.
    QJsonObject toJson() const;
    static AzureError fromJson(const QJsonObject &json);

    friend bool operator==(const AzureError &, const AzureError &) = default;

private:
    Kind m_kind = Kind::Internal;
    int m_httpStatus = 0;
    QString m_code;
    QString m_message;
    QString m_hint;
    QString m_innerCode;
    QStringList m_details;
    QMap<QString, QString> m_requestIds;
};

} // namespace CrossKey::Azure

Q_DECLARE_METATYPE(CrossKey::Azure::AzureError)
