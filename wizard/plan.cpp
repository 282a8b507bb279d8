// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/plan.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>

namespace CrossKey::Wizard {

Plan::Plan(QString id, QString title, RunContext inputs, QObject *parent)
    : QObject(parent)
    , m_id(std::move(id))
    , m_title(std::move(title))
    , m_inputs(inputs)
    , m_context(std::move(inputs))
{}

void Plan::addStep(Step *step)
{
    step->setParent(this);
    m_steps.append(step);
}

int Plan::indexOf(const QString &stepId) const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i)->id() == stepId) {
            return i;
        }
    }
    return -1;
}

Azure::Result<void> Plan::validate() const
{
    QSet<QString> ids;
    QSet<ContextField> available;
    for (ContextField field : m_inputs.fieldsSet()) {
        available.insert(field);
    }
    for (const Step *step : m_steps) {
        if (ids.contains(step->id())) {
            return Azure::AzureError(Azure::AzureError::Kind::Internal,
                                     tr("The plan has two steps with the id \"%1\".").arg(step->id()));
        }
        ids.insert(step->id());
        for (ContextField field : step->inputs()) {
            if (!available.contains(field)) {
                return Azure::AzureError(Azure::AzureError::Kind::Internal,
                                         tr("Step \"%1\" needs \"%2\", which nothing before it provides.")
                                             .arg(step->id(), RunContext::fieldKey(field)));
            }
        }
        for (ContextField field : step->outputs()) {
            available.insert(field);
        }
    }
    return {};
}

QString Plan::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_id.toUtf8());
    for (const Step *step : m_steps) {
        hash.addData(QByteArrayView("\n"));
        hash.addData(step->id().toUtf8());
    }
    hash.addData(QJsonDocument(m_inputs.toJson()).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace CrossKey::Wizard
