// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/isvbind/explainederror.h"

#include "wizard/errorcatalogue.h"

#include <QCoreApplication>

namespace CrossKey::Ui {

Azure::AzureError explainedError(Azure::AzureError error)
{
    const std::optional<Wizard::ErrorEntry> entry = Wizard::ErrorCatalogue::explain(error);
    if (!entry) {
        return error;
    }
    QString hint = QCoreApplication::translate("CrossKey::Ui::ExplainedError", "%1 %2", "cause, fix")
                       .arg(entry->cause, entry->fix);
    if (!entry->link.isEmpty()) {
        hint += QCoreApplication::translate("CrossKey::Ui::ExplainedError", " More: %1").arg(entry->link);
    }
    error.setHint(hint);
    return error;
}

} // namespace CrossKey::Ui
