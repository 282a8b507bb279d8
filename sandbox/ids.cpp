// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ids.h"

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace CrossKey::Sandbox {

namespace {
const QUuid kNamespace(QStringLiteral("{6f1d3a52-8c1e-4b8e-9d52-2f0b7c6d9a11}"));
}

QString Ids::deterministic(const QString &name)
{
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}

QString Ids::random()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Ids::randomToken(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool Ids::isGuid(const QString &text)
{
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return guid.match(text).hasMatch();
}

QString Ids::timestamp(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
}

} // namespace CrossKey::Sandbox
