// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/runcontext.h"
#include "wizard/stepjob.h"

#include <QList>
#include <QObject>
#include <QString>

namespace CrossKey::Wizard {

// Step is one checkable, idempotent change: data (id, title, description, inputs, outputs) plus two
// asynchronous operations. check() finds out whether the result is already in place; apply() makes
// it so. Both return a new, not yet started StepJob that the caller starts and that deletes itself.
class Step : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Step)

public:
    Step(QString id, QString title, QString description, QObject *parent = nullptr);

    QString id() const { return m_id; }
    QString title() const { return m_title; }
    QString description() const { return m_description; }

    virtual QList<ContextField> inputs() const { return {}; }
    virtual QList<ContextField> outputs() const { return {}; }

    virtual StepJob *check(const RunContext &context) = 0;
    virtual StepJob *apply(const RunContext &context) = 0;
    // The Azure CLI commands that would do what apply() does, for review and export.
    virtual QString equivalentCli(const RunContext &context) const = 0;

private:
    QString m_id;
    QString m_title;
    QString m_description;
};

} // namespace CrossKey::Wizard
