// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/isvprepare/invitationpage.h"

#include "azure/tenantconnection.h"
#include "ui/errorbanner.h"
#include "ui/flow/pagewidgets.h"
#include "ui/isvprepare/isvpreparesession.h"
#include "wizard/plan.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace CrossKey::Ui {

namespace {

QLineEdit *readOnlyField(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setAccessibleName(accessibleName);
    field->setReadOnly(true);
    return field;
}

} // namespace

InvitationPage::InvitationPage(IsvPrepareSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_error(new ErrorBanner(this))
    , m_appName(readOnlyField(QStringLiteral("invitationAppNameLineEdit"), tr("App name"), this))
    , m_appId(readOnlyField(QStringLiteral("invitationAppIdLineEdit"), tr("App (client) id"), this))
    , m_tenantId(readOnlyField(QStringLiteral("invitationTenantIdLineEdit"), tr("ISV tenant id"), this))
    , m_consentUrl(readOnlyField(QStringLiteral("invitationConsentUrlLineEdit"), tr("Admin-consent link"), this))
    , m_text(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save invitation…"), this))
    , m_copy(new QPushButton(tr("Co&py as text"), this))
    , m_status(PageWidgets::fieldMessage(QStringLiteral("invitationStatusLabel"), tr("Invitation status"), this))
{
    setObjectName(QStringLiteral("invitationPage"));
    setTitle(tr("Invitation for your customer"));
    setSubTitle(tr("Send this to the customer's administrator. It holds no secret: only ids and the link that "
                   "installs your app in their tenant."));
    setFinalPage(true);

    m_error->setObjectName(QStringLiteral("invitationErrorBanner"));
    m_text->setObjectName(QStringLiteral("invitationTextPlainTextEdit"));
    m_text->setAccessibleName(tr("Message for the customer"));
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true);
    m_save->setObjectName(QStringLiteral("saveInvitationButton"));
    m_save->setAccessibleName(tr("Save invitation"));
    m_copy->setObjectName(QStringLiteral("copyInvitationButton"));
    m_copy->setAccessibleName(tr("Copy as text"));
    m_status->setVisible(false);

    auto *form = new QFormLayout;
    const auto addRow = [this, form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("App &name:"), m_appName);
    addRow(tr("App (client) &id:"), m_appId);
    addRow(tr("ISV &tenant id:"), m_tenantId);
    addRow(tr("Admin-consent &link:"), m_consentUrl);
    addRow(tr("&Message:"), m_text);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_save, &QPushButton::clicked, this, &InvitationPage::save);
    connect(m_copy, &QPushButton::clicked, this, &InvitationPage::copyText);
}

void InvitationPage::initializePage()
{
    m_invitation.reset();
    m_error->setError(std::nullopt);
    m_status->setVisible(false);
    const Wizard::Plan *plan = m_session->plan();
    const auto *connection = m_session->connection();
    if (!plan || !connection) {
        m_error->setError(Azure::AzureError(Azure::AzureError::Kind::Internal, tr("There is no finished run.")));
        return;
    }
    const Azure::Result<Wizard::Invitation> invitation =
        Wizard::Invitation::fromContext(plan->context(), connection->cloud());
    if (!invitation) {
        m_error->setError(invitation.error());
        return;
    }
    m_invitation = invitation.value();
    m_appName->setText(m_invitation->appName);
    m_appId->setText(m_invitation->appId);
    m_tenantId->setText(m_invitation->isvTenantId);
    m_consentUrl->setText(m_invitation->adminConsentUrl.toString());
    m_text->setPlainText(m_invitation->toText());
}

void InvitationPage::save()
{
    if (!m_invitation) {
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Save invitation"), QDir::homePath(), tr("Invitations (*.json)"));
    dialog->setObjectName(QStringLiteral("saveInvitationDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(QStringLiteral("crosskey-invitation.json"));
    connect(dialog, &QFileDialog::fileSelected, this, &InvitationPage::saveTo);
    dialog->open();
}

void InvitationPage::saveTo(const QString &path)
{
    if (!m_invitation) {
        return;
    }
    const Azure::Result<void> saved = m_invitation->save(path);
    m_error->setError(saved ? std::nullopt : std::optional<Azure::AzureError>(saved.error()));
    m_status->setText(saved ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : QString());
    m_status->setVisible(bool(saved));
}

void InvitationPage::copyText()
{
    if (!m_invitation) {
        return;
    }
    QApplication::clipboard()->setText(m_invitation->toText());
    m_status->setText(tr("The invitation was copied as text."));
    m_status->setVisible(true);
}

} // namespace CrossKey::Ui
