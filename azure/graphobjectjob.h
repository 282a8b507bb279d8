// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/graphobject.h"
#include "azure/restresponse.h"

#include <QObject>
#include <QPointer>

namespace CrossKey::Azure {

class RestJob;

// GraphObjectJob is one Graph call whose answer is a directory object (get, create), parsed into a GraphObject.
// It finishes once, after start(), and deletes itself.
class GraphObjectJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphObjectJob)

public:
    explicit GraphObjectJob(RestJob *call, QObject *parent = nullptr);
    ~GraphObjectJob() override;

    void start();
    void cancel();

Q_SIGNALS:
    void finished(const CrossKey::Azure::GraphObjectResult &result);

private:
    void read(const RestResult &result);

    QPointer<RestJob> m_call;
    bool m_finished = false;
};

} // namespace CrossKey::Azure
