// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace CrossKey::Azure {

// BearerChallenge reads a `WWW-Authenticate: Bearer k="v", …` header (CONTRACTS.md §1.8): Graph and ARM
// claims challenges, Key Vault's authorization/resource/scope challenge. Keys are lower-cased.
class BearerChallenge final
{
public:
    BearerChallenge() = default;
    static BearerChallenge parse(const QByteArray &header);

    bool isBearer() const { return m_bearer; }
    QString value(const QString &key) const { return m_params.value(key.toLower()); }
    bool has(const QString &key) const { return m_params.contains(key.toLower()); }

private:
    bool m_bearer = false;
    QMap<QString, QString> m_params;
};

} // namespace CrossKey::Azure
