// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customergrant/keygrantresultpage.h"

#include "azure/tenantconnection.h"
#include "ui/customergrant/customergrantsession.h"
#include "ui/errorbanner.h"
#include "ui/flow/pagewidgets.h"
#include "wizard/plan.h"

#include <QApplication>
#include <QCheckBox>
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

KeyGrantResultPage::KeyGrantResultPage(CustomerGrantSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_error(new ErrorBanner(this))
    , m_vaultUri(field("vaultUriLineEdit", tr("Vault URI")))
    , m_keyName(field("keyNameResultLineEdit", tr("Key name")))
    , m_tenantId(field("customerTenantIdLineEdit", tr("Your tenant id")))
    , m_appId(field("grantAppIdLineEdit", tr("App id")))
    , m_version(field("keyVersionLineEdit", tr("Pinned key version")))
    , m_pin(new QCheckBox(tr("&Pin this key version (otherwise the ISV follows the newest version)"), this))
    , m_save(new QPushButton(tr("&Save key grant…"), this))
    , m_copy(new QPushButton(tr("Copy as &text"), this))
    , m_status(PageWidgets::fieldMessage(QStringLiteral("keyGrantStatusLabel"), tr("Key grant status"), this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("keyGrantPage"));
    setTitle(tr("Key grant for your ISV"));
    setSubTitle(tr("Send this to your ISV. It holds no secret: only where the key is and which app may use it."));
    setFinalPage(true);
    m_error->setObjectName(QStringLiteral("keyGrantErrorBanner"));
    m_pin->setObjectName(QStringLiteral("pinVersionCheckBox"));
    m_pin->setAccessibleName(tr("Pin this key version"));
    m_save->setObjectName(QStringLiteral("saveKeyGrantButton"));
    m_save->setAccessibleName(tr("Save key grant"));
    m_copy->setObjectName(QStringLiteral("copyKeyGrantButton"));
    m_copy->setAccessibleName(tr("Copy as text"));
    m_text->setObjectName(QStringLiteral("keyGrantTextEdit"));
    m_text->setAccessibleName(tr("Key grant as text"));
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Vault URI:"), m_vaultUri);
    form->addRow(tr("Key name:"), m_keyName);
    form->addRow(tr("Your tenant id:"), m_tenantId);
    form->addRow(tr("App id:"), m_appId);
    form->addRow(tr("Key version:"), m_version);
    form->addRow(QString(), m_pin);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_text, 1);
    setTabOrder(m_vaultUri, m_keyName);
    setTabOrder(m_keyName, m_tenantId);
    setTabOrder(m_tenantId, m_appId);
    setTabOrder(m_appId, m_version);
    setTabOrder(m_version, m_pin);
    setTabOrder(m_pin, m_save);
    setTabOrder(m_save, m_copy);
    setTabOrder(m_copy, m_status);
    setTabOrder(m_status, m_text);

    connect(m_pin, &QCheckBox::toggled, this, &KeyGrantResultPage::rebuild);
    connect(m_save, &QPushButton::clicked, this, &KeyGrantResultPage::save);
    connect(m_copy, &QPushButton::clicked, this, &KeyGrantResultPage::copyText);
}

QLineEdit *KeyGrantResultPage::field(const char *objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setReadOnly(true);
    return edit;
}

void KeyGrantResultPage::initializePage()
{
    rebuild();
}

void KeyGrantResultPage::rebuild()
{
    m_grant.reset();
    m_error->setError(std::nullopt);
    m_status->clear();
    const Wizard::Plan *plan = m_session->plan();
    const auto *connection = m_session->connection();
    if (!plan || !connection) {
        m_error->setError(Azure::AzureError(Azure::AzureError::Kind::Internal, tr("There is no finished run.")));
        return;
    }
    const Azure::Result<Wizard::KeyGrant> grant =
        Wizard::KeyGrant::fromContext(plan->context(), connection->cloud(), m_pin->isChecked());
    if (!grant) {
        m_error->setError(grant.error());
        return;
    }
    m_grant = grant.value();
    m_vaultUri->setText(m_grant->vaultUri.toString());
    m_keyName->setText(m_grant->keyName);
    m_tenantId->setText(m_grant->customerTenantId);
    m_appId->setText(m_grant->appId);
    m_version->setText(m_grant->keyVersion.isEmpty() ? tr("(newest)") : m_grant->keyVersion);
    m_text->setPlainText(m_grant->toText());
}

void KeyGrantResultPage::save()
{
    if (!m_grant) {
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Save key grant"), QDir::homePath(), tr("Key grants (*.json)"));
    dialog->setObjectName(QStringLiteral("saveKeyGrantDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(QStringLiteral("crosskey-key-grant.json"));
    connect(dialog, &QFileDialog::fileSelected, this, &KeyGrantResultPage::saveTo);
    dialog->open();
}

void KeyGrantResultPage::saveTo(const QString &path)
{
    if (!m_grant) {
        return;
    }
    const Azure::Result<void> saved = m_grant->save(path);
    m_error->setError(saved ? std::nullopt : std::optional<Azure::AzureError>(saved.error()));
    m_status->setText(saved ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : QString());
}

void KeyGrantResultPage::copyText()
{
    if (!m_grant) {
        return;
    }
    QApplication::clipboard()->setText(m_grant->toText());
    m_status->setText(tr("The key grant was copied as text."));
}

} // namespace CrossKey::Ui
