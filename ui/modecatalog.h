// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace CrossKey::Ui {

// ModeCatalog owns the list of modes the start page offers: their stable ids, titles, who each is
// for, and whether its pages exist yet. No widgets, so it can be tested and reused headless.
class ModeCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(ModeCatalog)

public:
    enum class Mode
    {
        IsvPrepare,
        CustomerGrant,
        IsvBind,
        Manage,
        Diagnose,
    };

    struct Entry
    {
        Mode mode;
        QString id;       // stable: "isv-prepare", … (command line, progress files)
        QString title;    // with a mnemonic, e.g. "ISV: &prepare"
        QString audience; // who it is for
        QString summary;  // one line: what it does
        bool pagesBuilt = false;

        // The title without its mnemonic marker, for accessible names and headers.
        QString plainTitle() const;
    };

    static QList<Mode> modes();
    static Entry entry(Mode mode);
    static std::optional<Mode> fromId(const QString &id);
};

} // namespace CrossKey::Ui
