// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/service.h"

namespace CrossKey::Sandbox {

class Server;

// ControlService serves the sandbox's own endpoints under /sandbox/ (never an Azure path):
// GET health, POST reset?scenario=NAME, GET world (JSON, no secrets), GET requests (the log),
// GET/POST/DELETE faults (FaultEndpoint), POST users/{user}/revoke-sessions and POST/DELETE
// users/{user}/claims-challenge (SessionControlEndpoint).
class ControlService final : public Service
{
public:
    explicit ControlService(Server &server)
        : m_server(server)
    {}
    QString name() const override { return QStringLiteral("sandbox"); }
    HeaderStyle headerStyle() const override { return HeaderStyle::Sandbox; }
    bool handles(const Request &request) const override;
    Response handle(const Request &request) override;

private:
    Server &m_server;
};

} // namespace CrossKey::Sandbox
