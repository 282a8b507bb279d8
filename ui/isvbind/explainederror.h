// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/azureerror.h"

namespace CrossKey::Ui {

// `error` with the error catalogue's cause, fix and link (Wizard::ErrorCatalogue::explain) as its hint when the
// catalogue knows it, so a page's banner says why it happened and what to do; unchanged otherwise.
Azure::AzureError explainedError(Azure::AzureError error);

} // namespace CrossKey::Ui
