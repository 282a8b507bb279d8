// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/step.h"

namespace CrossKey::Wizard {

Step::Step(QString id, QString title, QString description, QObject *parent)
    : QObject(parent)
    , m_id(std::move(id))
    , m_title(std::move(title))
    , m_description(std::move(description))
{}

} // namespace CrossKey::Wizard
