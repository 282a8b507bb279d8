// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/isvbind/bindresultpage.h"

#include "ui/flow/pagewidgets.h"
#include "ui/isvbind/isvbindsession.h"
#include "wizard/plan.h"
#include "wizard/runner.h"
#include "wizard/step.h"
#include "wizard/verifybindingstep.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace CrossKey::Ui {

BindResultPage::BindResultPage(IsvBindSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_summary(PageWidgets::fieldMessage(QStringLiteral("resultSummaryLabel"), tr("Result"), this))
    , m_evidence(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("bindResultPage"));
    setTitle(tr("Bound"));
    setSubTitle(tr("What was verified, and what was not."));
    setFinalPage(true);
    m_evidence->setObjectName(QStringLiteral("resultEvidencePlainTextEdit"));
    m_evidence->setAccessibleName(tr("What each step found"));
    m_evidence->setReadOnly(true);
    m_evidence->setTabChangesFocus(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_evidence, 1);
}

void BindResultPage::initializePage()
{
    m_blobVerified = false;
    Wizard::Plan *plan = m_session->plan();
    Wizard::Runner *runner = m_session->runner();
    if (!plan || !runner) {
        m_summary->setText(tr("Nothing ran."));
        m_evidence->clear();
        return;
    }
    QStringList lines;
    QStringList verify;
    const QList<Wizard::Step *> steps = plan->steps();
    for (int index = 0; index < steps.size() && index < runner->stepCount(); ++index) {
        const Wizard::StepState state = runner->state(index);
        lines.append(tr("%1:", "step title").arg(steps.at(index)->title()));
        for (const QString &line : state.evidence) {
            lines.append(tr("  • %1", "evidence line").arg(line));
        }
        if (steps.at(index)->id() == Wizard::VerifyBindingStep::kId) {
            verify = state.evidence;
        }
    }
    m_evidence->setPlainText(lines.join(u'\n'));
    const QString joined = verify.join(u' ');
    m_blobVerified = joined.contains(QLatin1String("Wrote blob")) && joined.contains(QLatin1String("Read blob"));
    const QString account = m_session->inputs().storageAccountName.value_or(QString());
    m_summary->setText(
        m_blobVerified
            ? tr("Storage account %1 reads back as encrypted with the customer's key, and a blob was written and "
                 "read through its data plane: the key is really in use.")
                  .arg(account)
            : tr("Storage account %1 reads back as encrypted with the customer's key. The data plane was not "
                 "verified (no blob data role for you on the account): a blob write and read were not tried.")
                  .arg(account));
}

} // namespace CrossKey::Ui
