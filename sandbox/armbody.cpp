// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/armbody.h"

#include "sandbox/armerrors.h"

#include <QJsonDocument>

namespace CrossKey::Sandbox {

namespace {

QString jsonText(const QJsonValue &value)
{
    if (value.isObject()) {
        return QStringLiteral("{...}");
    }
    if (value.isArray()) {
        return QStringLiteral("[...]");
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble());
    }
    return value.toString();
}

Response conversion(const QJsonValue &value, const QString &type, const QString &path)
{
    return ArmErrors::invalidRequestContent(
        QStringLiteral("Error converting value %1 to type '%2'. Path '%3'").arg(jsonText(value), type, path));
}

} // namespace

std::optional<Response> ArmBody::parse(const QByteArray &body, QJsonObject *out, bool allowEmpty)
{
    if (body.trimmed().isEmpty()) {
        if (allowEmpty) {
            *out = QJsonObject();
            return std::nullopt;
        }
        return ArmErrors::invalidRequestContent(QStringLiteral("The request content is empty"));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return ArmErrors::invalidRequestContent(
            QStringLiteral("%1. Path '', position %2").arg(error.errorString()).arg(error.offset));
    }
    if (!document.isObject()) {
        return ArmErrors::invalidRequestContent(
            QStringLiteral("Cannot deserialize the current JSON array into an object. Path ''"));
    }
    *out = document.object();
    return std::nullopt;
}

std::optional<Response> ArmBody::string(const QJsonObject &object, const QString &key, const QString &path,
                                        QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    if (!value.isString()) {
        return conversion(value, QStringLiteral("System.String"), path);
    }
    *out = value.toString();
    return std::nullopt;
}

std::optional<Response> ArmBody::object(const QJsonObject &object, const QString &key, const QString &path,
                                        QJsonObject *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    if (!value.isObject()) {
        return conversion(value, QStringLiteral("Object"), path);
    }
    *out = value.toObject();
    return std::nullopt;
}

std::optional<Response> ArmBody::tags(const QJsonObject &object, QJsonObject *out)
{
    QJsonObject tags;
    if (auto failure = ArmBody::object(object, QStringLiteral("tags"), QStringLiteral("tags"), &tags)) {
        return failure;
    }
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it) {
        if (!it.value().isString()) {
            return conversion(it.value(), QStringLiteral("System.String"), QStringLiteral("tags.") + it.key());
        }
    }
    *out = tags;
    return std::nullopt;
}

} // namespace CrossKey::Sandbox
