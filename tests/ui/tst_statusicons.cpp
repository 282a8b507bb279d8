// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/statusicons.h"

#include <QImage>
#include <QTest>

using namespace CrossKey;
using Wizard::StepStatus;

class tst_StatusIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStatus_hasItsOwnShape();
    void icon_hasPixmapsForListSizes();
    void paletteChange_repaintsFromNewRoles();

private:
    static QList<StepStatus> allStatuses();
};

QList<StepStatus> tst_StatusIcons::allStatuses()
{
    return {StepStatus::Pending, StepStatus::Checking,    StepStatus::Running, StepStatus::Waiting,
            StepStatus::Done,    StepStatus::AlreadyDone, StepStatus::Failed,  StepStatus::NeedsYou,
            StepStatus::Skipped, StepStatus::Cancelled};
}

void tst_StatusIcons::everyStatus_hasItsOwnShape()
{
    // Compare coverage (alpha) only: shapes must differ even where the colours are the same.
    QList<QImage> masks;
    for (const StepStatus status : allStatuses()) {
        const QImage image = Ui::StatusIcons::paint(status, QPalette(), 24).toImage();
        QImage mask = image.convertToFormat(QImage::Format_Alpha8);
        QVERIFY2(!mask.isNull(), qPrintable(Wizard::StepStatusText::key(status)));
        for (const QImage &other : std::as_const(masks)) {
            QVERIFY2(mask != other, qPrintable(Wizard::StepStatusText::key(status)));
        }
        masks.append(mask);
    }
}

void tst_StatusIcons::icon_hasPixmapsForListSizes()
{
    const Ui::StatusIcons icons;
    for (const StepStatus status : allStatuses()) {
        const QIcon icon = icons.icon(status);
        QVERIFY(!icon.isNull());
        QCOMPARE(icon.pixmap(QSize(24, 24)).size(), QSize(24, 24));
    }
}

void tst_StatusIcons::paletteChange_repaintsFromNewRoles()
{
    QPalette first;
    first.setColor(QPalette::Highlight, QColor(0, 0, 200));
    QPalette second = first;
    second.setColor(QPalette::Highlight, QColor(0, 160, 0));
    Ui::StatusIcons icons(first);
    const QImage before = icons.icon(StepStatus::Running).pixmap(QSize(16, 16)).toImage();
    icons.setPalette(second);
    const QImage after = icons.icon(StepStatus::Running).pixmap(QSize(16, 16)).toImage();
    QVERIFY(before != after);
}

QTEST_MAIN(tst_StatusIcons)
#include "tst_statusicons.moc"
