// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/blobservice.h"

#include "sandbox/builtinroles.h"
#include "sandbox/rbac.h"
#include "sandbox/servicecontext.h"
#include "sandbox/storageaccountjson.h"
#include "sandbox/storageencryption.h"
#include "sandbox/storageupkeep.h"
#include "sandbox/tokenvalidator.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QXmlStreamWriter>

namespace CrossKey::Sandbox {

namespace {
const QString kContainers = QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers");

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QByteArray httpDate(const QDateTime &at)
{
    return QLocale::c().toString(at.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

QByteArray etag(const QDateTime &at)
{
    return "\"0x" + QByteArray::number(at.toMSecsSinceEpoch(), 16).toUpper() + '"';
}
} // namespace

bool BlobService::handles(const Request &request) const
{
    return request.segments.size() >= 2 && request.segments.first() == QLatin1String("blob");
}

Response BlobService::error(const Request &request, int status, const QString &code, const QString &message)
{
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Error"));
    xml.writeTextElement(QStringLiteral("Code"), code);
    xml.writeTextElement(QStringLiteral("Message"),
                         QStringLiteral("%1\nRequestId:%2\nTime:%3")
                             .arg(message, request.requestId,
                                  request.receivedAt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz0000Z"))));
    xml.writeEndElement();
    xml.writeEndDocument();
    Response response;
    response.status = status;
    response.contentType = "application/xml";
    response.body = body;
    response.errorCode = code;
    response.setHeader("x-ms-error-code", code.toUtf8());
    return response;
}

Response BlobService::handle(const Request &request)
{
    StorageUpkeep::settle(m_context);
    const QString accountName = request.segments.at(1);
    qsizetype index = -1;
    const QList<StorageAccount> &accounts = m_context.world.storage().accounts;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        if (accounts.at(i).name == accountName && accounts.at(i).operationId.isEmpty()) {
            index = i;
        }
    }
    if (index < 0) {
        return error(request, 404, QStringLiteral("ResourceNotFound"),
                     QStringLiteral("The specified resource does not exist."));
    }
    const TokenValidator::Outcome outcome =
        m_validator.validate(request, ResourceKind::Storage, accounts.at(index).tenantId);
    if (!outcome.ok()) {
        return error(request, 401, QStringLiteral("InvalidAuthenticationInfo"),
                     QStringLiteral("Server failed to authenticate the request. Please refer to the information in "
                                    "the www-authenticate header."));
    }
    Response response = dispatch(request, index, outcome.caller->objectId);
    const QByteArray version = request.header("x-ms-version");
    response.setHeader("x-ms-version", version.isEmpty() ? QByteArray("2023-11-03") : version);
    return response;
}

Response BlobService::dispatch(const Request &request, qsizetype accountIndex, const QString &principalId)
{
    const StorageAccount account = m_context.world.storage().accounts.at(accountIndex);
    const qsizetype size = request.segments.size();
    const QString container = size >= 3 ? request.segments.at(2) : QString();
    const QString blob = size >= 4 ? request.segments.mid(3).join(QLatin1Char('/')) : QString();
    const QString scope = account.id() + QStringLiteral("/blobServices/default") +
                          (container.isEmpty() ? QString() : QStringLiteral("/containers/") + container);
    const Response denied = error(request, 403, QStringLiteral("AuthorizationPermissionMismatch"),
                                  QStringLiteral("This request is not authorized to perform this operation using "
                                                 "this permission."));
    if (size == 2 && request.isMethod("GET") && request.queryValue(QStringLiteral("comp")) == QLatin1String("list")) {
        return allowed(principalId, kContainers + QStringLiteral("/read"), scope, false) ? listContainers(account)
                                                                                         : denied;
    }
    if (size == 3 && request.isMethod("PUT") &&
        request.queryValue(QStringLiteral("restype")) == QLatin1String("container")) {
        return allowed(principalId, kContainers + QStringLiteral("/write"), scope, false)
                   ? createContainer(request, account, container)
                   : denied;
    }
    if (size >= 4 && (request.isMethod("PUT") || request.isMethod("GET"))) {
        const bool write = request.isMethod("PUT");
        const QString action = kContainers + (write ? QStringLiteral("/blobs/write") : QStringLiteral("/blobs/read"));
        if (!allowed(principalId, action, scope, true)) {
            return denied;
        }
        if (auto failure = keyGate(request, accountIndex)) {
            return *failure;
        }
        return write ? putBlob(request, account, container, blob) : getBlob(request, account, container, blob);
    }
    return error(request, 400, QStringLiteral("UnsupportedHttpVerb"),
                 QStringLiteral("The resource doesn't support specified Http Verb."));
}

bool BlobService::allowed(const QString &principalId, const QString &action, const QString &scope,
                          bool dataAction) const
{
    for (const RoleAssignment &assignment : m_context.world.roleAssignments()) {
        if (!same(assignment.principalId, principalId) || !Rbac::scopeCovers(assignment.scope, scope)) {
            continue;
        }
        const BuiltInRole *role = BuiltInRoles::find(assignment.roleDefinitionId);
        if (role && Rbac::roleAllows(*role, action, dataAction)) {
            return true;
        }
    }
    return false;
}

std::optional<Response> BlobService::keyGate(const Request &request, qsizetype accountIndex)
{
    StorageAccount account = m_context.world.storage().accounts.at(accountIndex);
    const QDateTime now = m_context.now();
    if (!account.usesCustomerKey() || (account.keyCachedUntil.isValid() && now < account.keyCachedUntil)) {
        return std::nullopt;
    }
    account.keyVersion = account.currentKeyVersion; // the data plane unwraps with the version in use
    if (auto failure = StorageEncryption(m_context).check(account)) {
        return error(request, failure->blobStatus, failure->blobCode, failure->blobMessage);
    }
    m_context.world.editStorage().accounts[accountIndex].keyCachedUntil =
        now.addMSecs(m_context.options.storageKeyCacheMs);
    return std::nullopt;
}

Response BlobService::listContainers(const StorageAccount &account) const
{
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("EnumerationResults"));
    xml.writeAttribute(QStringLiteral("ServiceEndpoint"), StorageAccountJson::blobEndpoint(m_context, account.name));
    xml.writeStartElement(QStringLiteral("Containers"));
    for (const BlobContainer &container : m_context.world.storage().containers) {
        if (container.account != account.name) {
            continue;
        }
        xml.writeStartElement(QStringLiteral("Container"));
        xml.writeTextElement(QStringLiteral("Name"), container.name);
        xml.writeStartElement(QStringLiteral("Properties"));
        xml.writeTextElement(QStringLiteral("Last-Modified"), QString::fromLatin1(httpDate(container.createdAt)));
        xml.writeTextElement(QStringLiteral("Etag"), QString::fromLatin1(etag(container.createdAt)));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("NextMarker"));
    xml.writeEndElement();
    xml.writeEndDocument();
    Response response;
    response.contentType = "application/xml";
    response.body = body;
    return response;
}

Response BlobService::createContainer(const Request &request, const StorageAccount &account, const QString &container)
{
    for (const BlobContainer &existing : m_context.world.storage().containers) {
        if (existing.account == account.name && existing.name == container) {
            return error(request, 409, QStringLiteral("ContainerAlreadyExists"),
                         QStringLiteral("The specified container already exists."));
        }
    }
    const QDateTime now = m_context.now();
    m_context.world.editStorage().containers.append(BlobContainer{account.name, container, now});
    Response response = Response::empty(201);
    response.setHeader("ETag", etag(now));
    response.setHeader("Last-Modified", httpDate(now));
    return response;
}

Response BlobService::putBlob(const Request &request, const StorageAccount &account, const QString &container,
                              const QString &blob)
{
    bool containerFound = false;
    for (const BlobContainer &existing : m_context.world.storage().containers) {
        containerFound = containerFound || (existing.account == account.name && existing.name == container);
    }
    if (!containerFound) {
        return error(request, 404, QStringLiteral("ContainerNotFound"),
                     QStringLiteral("The specified container does not exist."));
    }
    if (request.header("x-ms-blob-type") != "BlockBlob") {
        return error(request, 400, QStringLiteral("MissingRequiredHeader"),
                     QStringLiteral("An HTTP header that's mandatory for this request is not specified."));
    }
    const QDateTime now = m_context.now();
    StorageState &state = m_context.world.editStorage();
    state.blobs.removeIf(
        [&](const Blob &b) { return b.account == account.name && b.container == container && b.name == blob; });
    const QByteArray type = request.header("Content-Type");
    state.blobs.append(Blob{account.name, container, blob, request.body,
                            type.isEmpty() ? QStringLiteral("application/octet-stream") : QString::fromUtf8(type),
                            now});
    Response response = Response::empty(201);
    response.setHeader("ETag", etag(now));
    response.setHeader("Last-Modified", httpDate(now));
    response.setHeader("Content-MD5", QCryptographicHash::hash(request.body, QCryptographicHash::Md5).toBase64());
    response.setHeader("x-ms-request-server-encrypted", "true");
    return response;
}

Response BlobService::getBlob(const Request &request, const StorageAccount &account, const QString &container,
                              const QString &blob) const
{
    for (const Blob &found : m_context.world.storage().blobs) {
        if (found.account == account.name && found.container == container && found.name == blob) {
            Response response;
            response.contentType = found.contentType.toUtf8();
            response.body = found.content;
            response.setHeader("ETag", etag(found.lastModified));
            response.setHeader("Last-Modified", httpDate(found.lastModified));
            response.setHeader("x-ms-blob-type", "BlockBlob");
            response.setHeader("x-ms-server-encrypted", "true");
            return response;
        }
    }
    return error(request, 404, QStringLiteral("BlobNotFound"), QStringLiteral("The specified blob does not exist."));
}

} // namespace CrossKey::Sandbox
