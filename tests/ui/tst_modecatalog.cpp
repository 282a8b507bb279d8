// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/modecatalog.h"

#include <QTest>

using CrossKey::Ui::ModeCatalog;

class tst_ModeCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modes_fiveInPhaseOrderWithStableIds();
    void fromId_roundTripsAndRejectsUnknown();
    void entries_haveTitleAudienceAndSummary();
    void plainTitle_dropsMnemonicKeepsLiteralAmpersand();
};

void tst_ModeCatalog::modes_fiveInPhaseOrderWithStableIds()
{
    QStringList ids;
    for (const ModeCatalog::Mode mode : ModeCatalog::modes()) {
        ids.append(ModeCatalog::entry(mode).id);
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("isv-prepare"), QStringLiteral("customer-grant"),
                               QStringLiteral("isv-bind"), QStringLiteral("manage"), QStringLiteral("diagnose")}));
}

void tst_ModeCatalog::fromId_roundTripsAndRejectsUnknown()
{
    for (const ModeCatalog::Mode mode : ModeCatalog::modes()) {
        QCOMPARE(ModeCatalog::fromId(ModeCatalog::entry(mode).id), mode);
    }
    QVERIFY(!ModeCatalog::fromId(QStringLiteral("prepare")));
    QVERIFY(!ModeCatalog::fromId(QString()));
}

void tst_ModeCatalog::entries_haveTitleAudienceAndSummary()
{
    for (const ModeCatalog::Mode mode : ModeCatalog::modes()) {
        const ModeCatalog::Entry entry = ModeCatalog::entry(mode);
        QCOMPARE(entry.mode, mode);
        QVERIFY2(entry.title.contains(u'&'), qPrintable(entry.id)); // every mode has a mnemonic
        QVERIFY(!entry.audience.isEmpty());
        QVERIFY(!entry.summary.isEmpty());
        // ISV prepare has its pages (issue 7); the other flows switch theirs on as they land.
        if (mode == ModeCatalog::Mode::IsvPrepare) {
            QVERIFY(entry.pagesBuilt);
        }
    }
    QCOMPARE(ModeCatalog::entry(ModeCatalog::Mode::IsvPrepare).plainTitle(), QStringLiteral("ISV: prepare"));
}

void tst_ModeCatalog::plainTitle_dropsMnemonicKeepsLiteralAmpersand()
{
    ModeCatalog::Entry entry{ModeCatalog::Mode::Manage, {}, QStringLiteral("Keys && &vaults"), {}, {}, false};
    QCOMPARE(entry.plainTitle(), QStringLiteral("Keys & vaults"));
}

QTEST_GUILESS_MAIN(tst_ModeCatalog)
#include "tst_modecatalog.moc"
