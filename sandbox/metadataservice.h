// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/service.h"

namespace CrossKey::Sandbox {

struct ServiceContext;

// MetadataService answers Resource Manager's cloud metadata, GET /metadata/endpoints, with the
// endpoints pointing at the sandbox, so tools can register it as a custom cloud.
class MetadataService final : public Service
{
public:
    explicit MetadataService(const ServiceContext &context)
        : m_context(context)
    {}
    QString name() const override { return QStringLiteral("metadata"); }
    HeaderStyle headerStyle() const override { return HeaderStyle::ResourceManager; }
    bool handles(const Request &request) const override;
    Response handle(const Request &request) override;

    // The 2022-09-01 document: one cloud object.
    QJsonObject cloud() const;

private:
    const ServiceContext &m_context;
};

} // namespace CrossKey::Sandbox
