// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/response.h"
#include "sandbox/worldtypes.h"

#include <QJsonObject>

#include <optional>

namespace CrossKey::Sandbox {

class GraphCall;

// GraphApplications serves /v1.0/applications (CONTRACTS.md §2.3, §2.4): create (the caller
// becomes owner), get, list with $filter/$select/paging, update and delete, each allowed only as the
// caller's directory roles and ownership permit.
class GraphApplications final
{
public:
    static QJsonObject toJson(const Application &application);
    static QStringList properties();

    static Response list(const GraphCall &call);
    static Response create(const GraphCall &call);
    static Response get(const GraphCall &call, const Application &application);
    static Response update(const GraphCall &call, const Application &application);
    static Response remove(const GraphCall &call, const Application &application);

private:
    // Checks a create or update body and applies it to `application`; the 400 when it is not valid.
    static std::optional<Response> apply(const GraphCall &call, const QJsonObject &body, bool creating,
                                         Application *application);
};

} // namespace CrossKey::Sandbox
