// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/manage/sidepage.h"

#include "ui/manage/managesession.h"

#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace CrossKey::Ui {

SidePage::SidePage(ManageSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_isv(new QRadioButton(tr("&ISV: my storage account's encryption"), this))
    , m_customer(new QRadioButton(tr("&Customer: my key in Key Vault"), this))
{
    setObjectName(QStringLiteral("manageSidePage"));
    setTitle(tr("What to manage"));
    setSubTitle(tr("The ISV manages how their storage account uses the customer's key; the customer manages the "
                   "key itself."));
    m_isv->setObjectName(QStringLiteral("isvSideRadioButton"));
    m_isv->setAccessibleName(tr("ISV: storage account"));
    m_isv->setAccessibleDescription(tr("Show the encryption, pin or follow the key version, or switch back to "
                                       "Microsoft-managed keys."));
    m_customer->setObjectName(QStringLiteral("customerSideRadioButton"));
    m_customer->setAccessibleName(tr("Customer: key"));
    m_customer->setAccessibleDescription(tr("Rotate, disable (revoke access) or re-enable the key."));
    m_isv->setChecked(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_isv);
    layout->addWidget(m_customer);
    layout->addStretch(1);
}

bool SidePage::validatePage()
{
    const ManageSession::Side side = m_isv->isChecked() ? ManageSession::Side::Isv : ManageSession::Side::Customer;
    if (side != m_session->side()) {
        m_session->setSide(side);
    }
    return true;
}

} // namespace CrossKey::Ui
