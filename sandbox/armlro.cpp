// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/armlro.h"

#include "sandbox/armerrors.h"
#include "sandbox/ids.h"
#include "sandbox/servicecontext.h"

#include <cmath>

namespace CrossKey::Sandbox {

ArmOperation ArmLro::start(const QString &subscriptionId, const QString &kind, const QString &target)
{
    const QDateTime now = m_context.now();
    ArmOperation operation{
        Ids::random(), subscriptionId, kind, target, now, now.addMSecs(m_context.options.longRunningOperationMs),
        false};
    m_context.world.editResourceManager().operations.append(operation);
    return operation;
}

const ArmOperation *ArmLro::running(const QString &subscriptionId, const QString &kind, const QString &target) const
{
    for (const ArmOperation &operation : m_context.world.resourceManager().operations) {
        if (operation.subscriptionId == subscriptionId && operation.kind == kind &&
            operation.target.compare(target, Qt::CaseInsensitive) == 0 && !operation.applied) {
            return &operation;
        }
    }
    return nullptr;
}

bool ArmLro::isDue(const ArmOperation &operation) const
{
    return operation.completesAt <= m_context.now();
}

Response ArmLro::accepted(const ArmOperation &operation, const QString &apiVersion) const
{
    Response response = Response::empty(202);
    response.setHeader("Location", location(operation, apiVersion));
    response.setHeader("Retry-After", retryAfter(operation));
    return response;
}

Response ArmLro::poll(const ArmCall &call) const
{
    const QString id = call.arg(QStringLiteral("operationId"));
    for (const ArmOperation &operation : m_context.world.resourceManager().operations) {
        if (operation.id.compare(id, Qt::CaseInsensitive) != 0 || operation.subscriptionId != call.subscription->id) {
            continue;
        }
        if (!isDue(operation)) {
            return accepted(operation, call.apiVersion);
        }
        return Response::empty(200);
    }
    return ArmErrors::error(404, QStringLiteral("NotFound"),
                            QStringLiteral("The operation '%1' could not be found.").arg(id));
}

QByteArray ArmLro::location(const ArmOperation &operation, const QString &apiVersion) const
{
    return m_context
        .url(QStringLiteral("/subscriptions/%1/operationresults/%2?api-version=%3")
                 .arg(operation.subscriptionId, operation.id, apiVersion))
        .toUtf8();
}

QByteArray ArmLro::retryAfter(const ArmOperation &operation) const
{
    const qint64 remainingMs = m_context.now().msecsTo(operation.completesAt);
    const qint64 seconds = qBound(qint64(1), qint64(std::ceil(double(remainingMs) / 1000.0)), qint64(15));
    return QByteArray::number(seconds);
}

} // namespace CrossKey::Sandbox
