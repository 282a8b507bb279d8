// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/result.h"
#include "azure/serviceerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QUrl>

namespace CrossKey::Azure {

// RestResponse is a successful (2xx) answer: status, headers and body, already checked to be JSON when
// it is not empty, so `json` is what callers read.
struct RestResponse
{
    int status = 0;
    QUrl url;
    ServiceError::Headers headers;
    QByteArray body;
    QJsonObject json; // empty when the body was empty

    // The first header of that name, compared case-insensitively.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                return value;
            }
        }
        return {};
    }
};

using RestResult = Result<RestResponse>;

} // namespace CrossKey::Azure

Q_DECLARE_METATYPE(CrossKey::Azure::RestResponse)
Q_DECLARE_METATYPE(CrossKey::Azure::RestResult)
