// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/modecatalog.h"

namespace CrossKey::Ui {

QString ModeCatalog::Entry::plainTitle() const
{
    QString plain = title;
    // "&&" is a literal ampersand; a single "&" marks the mnemonic.
    plain.replace(QLatin1String("&&"), QStringLiteral("\u0001"));
    plain.remove(QLatin1Char('&'));
    plain.replace(QStringLiteral("\u0001"), QStringLiteral("&"));
    return plain;
}

QList<ModeCatalog::Mode> ModeCatalog::modes()
{
    return {Mode::IsvPrepare, Mode::CustomerGrant, Mode::IsvBind, Mode::Manage, Mode::Diagnose};
}

ModeCatalog::Entry ModeCatalog::entry(Mode mode)
{
    switch (mode) {
    case Mode::IsvPrepare:
        return {mode,
                QStringLiteral("isv-prepare"),
                tr("ISV: &prepare"),
                tr("For ISV engineers, phase 1."),
                tr("Create the multitenant app, managed identity and federated credential in your tenant, then "
                   "export an invitation for the customer."),
                true};
    case Mode::CustomerGrant:
        return {mode,
                QStringLiteral("customer-grant"),
                tr("Customer: &grant"),
                tr("For customer admins, phase 2."),
                tr("Open the ISV's invitation, install their app, pick or create the Key Vault and key, grant "
                   "access, and export a key grant."),
                true};
    case Mode::IsvBind:
        return {mode,
                QStringLiteral("isv-bind"),
                tr("ISV: &bind"),
                tr("For ISV engineers, phase 3."),
                tr("Open the customer's key grant and encrypt your storage account with their key, then verify "
                   "it."),
                true};
    case Mode::Manage:
        return {mode,
                QStringLiteral("manage"),
                tr("&Manage"),
                tr("For ISV engineers and customer admins."),
                tr("Change, rotate, pin or revoke the key, or switch back to Microsoft-managed keys."),
                true};
    case Mode::Diagnose:
        return {mode,
                QStringLiteral("diagnose"),
                tr("&Diagnose"),
                tr("For support staff."),
                tr("Check every link of the chain read-only, explain what fails and how to fix it, and export "
                   "a report."),
                true};
    }
    return entry(Mode::IsvPrepare);
}

std::optional<ModeCatalog::Mode> ModeCatalog::fromId(const QString &id)
{
    for (const Mode mode : modes()) {
        if (entry(mode).id == id) {
            return mode;
        }
    }
    return std::nullopt;
}

} // namespace CrossKey::Ui
