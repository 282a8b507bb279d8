// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/cloudmetadatajob.h"

#include <QSignalSpy>

namespace CrossKey::Tests {

// The sandbox as a Cloud, read from its own metadata/endpoints document the way --cloud <URL> reads it.
inline Azure::Cloud sandboxCloud(QNetworkAccessManager *network, const QUrl &baseUrl)
{
    auto *job = new Azure::CloudMetadataJob(network, baseUrl);
    QSignalSpy finished(job, &Azure::CloudMetadataJob::finished);
    job->start();
    if (!finished.wait(10000)) {
        return {};
    }
    const auto result = finished.first().first().value<Azure::CloudResult>();
    return result ? result.value() : Azure::Cloud();
}

} // namespace CrossKey::Tests
