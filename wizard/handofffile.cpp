// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/handofffile.h"

#include "azure/cloud.h"
#include "wizard/azurenames.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;

QString named(const QString &path)
{
    return path.isEmpty() ? HandoffFile::tr("(text)") : path;
}

AzureError bad(const QString &path, const QString &reason)
{
    return AzureError::invalidFile(named(path), reason);
}

} // namespace

Azure::Result<QJsonObject> HandoffFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return bad(path, tr("it cannot be opened (%1).").arg(file.errorString()));
    }
    if (file.size() > kMaxBytes) {
        return bad(path, tr("it is larger than %1 KiB; this is not a CrossKey file.").arg(kMaxBytes / 1024));
    }
    const QByteArray bytes = file.read(kMaxBytes + 1);
    return parse(bytes, path);
}

Azure::Result<QJsonObject> HandoffFile::parse(const QByteArray &bytes, const QString &path)
{
    if (bytes.size() > kMaxBytes) {
        return bad(path, tr("it is larger than %1 KiB; this is not a CrossKey file.").arg(kMaxBytes / 1024));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return bad(path, tr("it is not valid JSON (%1 at offset %2).").arg(error.errorString()).arg(error.offset));
    }
    if (!document.isObject()) {
        return bad(path, tr("it is not a JSON object."));
    }
    return document.object();
}

Azure::Result<void> HandoffFile::checkHeader(const QJsonObject &json, const QString &type, int version,
                                             const QString &path)
{
    const QJsonValue actualType = json.value(QLatin1String("type"));
    if (!actualType.isString() || actualType.toString() != type) {
        return bad(path, tr("its “type” is not “%1”.").arg(type));
    }
    const QJsonValue actualVersion = json.value(QLatin1String("version"));
    if (!actualVersion.isDouble() || actualVersion.toDouble() != double(actualVersion.toInt())) {
        return bad(path, tr("its “version” is missing or not a whole number."));
    }
    if (actualVersion.toInt() != version) {
        return bad(path, tr("it is version %1; this CrossKey reads version %2.")
                             .arg(QString::number(actualVersion.toInt()), QString::number(version)));
    }
    return {};
}

Azure::Result<void> HandoffFile::checkKnownFields(const QJsonObject &json, const QStringList &allowed,
                                                  const QString &path)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!allowed.contains(it.key())) {
            return bad(path, tr("it has an unknown field “%1”.").arg(it.key()));
        }
    }
    return {};
}

Azure::Result<QString> HandoffFile::string(const QJsonObject &json, const QString &key, const QString &path,
                                           int maxLength)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined()) {
        return bad(path, tr("the field “%1” is missing.").arg(key));
    }
    if (!value.isString()) {
        return bad(path, tr("the field “%1” is not text.").arg(key));
    }
    const QString text = value.toString();
    if (text.isEmpty() || text.trimmed() != text || text.size() > maxLength) {
        return bad(path, tr("the field “%1” is empty, too long or has spaces around it.").arg(key));
    }
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control) {
            return bad(path, tr("the field “%1” holds control characters.").arg(key));
        }
    }
    return text;
}

Azure::Result<QString> HandoffFile::guid(const QJsonObject &json, const QString &key, const QString &path)
{
    auto text = string(json, key, path, 36);
    if (!text) {
        return text;
    }
    if (!AzureNames::isGuid(text.value())) {
        return bad(path, tr("the field “%1” is not a GUID.").arg(key));
    }
    return text;
}

Azure::Result<QUrl> HandoffFile::url(const QJsonObject &json, const QString &key, const QString &path)
{
    auto text = string(json, key, path, 2048);
    if (!text) {
        return text.error();
    }
    const QUrl url(text.value(), QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || !Azure::Cloud::isAcceptableEndpoint(url) || !url.userInfo().isEmpty() ||
        url.hasFragment()) {
        return bad(path, tr("the field “%1” is not an https URL.").arg(key));
    }
    return url;
}

Azure::Result<QDateTime> HandoffFile::dateTime(const QJsonObject &json, const QString &key, const QString &path)
{
    auto text = string(json, key, path, 64);
    if (!text) {
        return text.error();
    }
    const QDateTime when = QDateTime::fromString(text.value(), Qt::ISODateWithMs);
    if (!when.isValid() || !text.value().endsWith(QLatin1Char('Z'))) {
        return bad(path, tr("the field “%1” is not a UTC date and time (ISO 8601).").arg(key));
    }
    return when.toUTC();
}

Azure::Result<void> HandoffFile::save(const QString &path, const QJsonObject &json)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return bad(path, tr("it cannot be written (%1).").arg(file.errorString()));
    }
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return bad(path, tr("it cannot be written (%1).").arg(file.errorString()));
    }
    return {};
}

} // namespace CrossKey::Wizard
