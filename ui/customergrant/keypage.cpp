// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customergrant/keypage.h"

#include "ui/customergrant/customergrantsession.h"
#include "ui/flow/pagewidgets.h"
#include "wizard/vaultnames.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace CrossKey::Ui {

using Wizard::ContextField;

KeyPage::KeyPage(CustomerGrantSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_name(new QLineEdit(QStringLiteral("cmk"), this))
    , m_nameMessage(PageWidgets::fieldMessage(QStringLiteral("keyNameMessageLabel"), tr("About the key name"), this))
    , m_size(new QComboBox(this))
    , m_expiry(new QLineEdit(this))
    , m_expiryMessage(PageWidgets::fieldMessage(QStringLiteral("keyExpiryMessageLabel"), tr("About the expiry"), this))
{
    setObjectName(QStringLiteral("keyPage"));
    setTitle(tr("Key"));
    setSubTitle(tr("The RSA key the ISV's storage account will be encrypted with. Name an existing key to reuse "
                   "it, or a new name to create one."));
    m_name->setObjectName(QStringLiteral("keyNameLineEdit"));
    m_name->setAccessibleName(tr("Key name"));
    m_size->setObjectName(QStringLiteral("keySizeComboBox"));
    m_size->setAccessibleName(tr("Key size"));
    for (const QString &size : {QStringLiteral("2048"), QStringLiteral("3072"), QStringLiteral("4096")}) {
        m_size->addItem(tr("RSA %1 bits").arg(size), size);
    }
    m_size->setCurrentIndex(1);
    m_expiry->setObjectName(QStringLiteral("keyExpiryLineEdit"));
    m_expiry->setAccessibleName(tr("Key expiry (optional)"));
    m_expiry->setPlaceholderText(tr("Optional, e.g. 2028-12-31T00:00:00Z"));

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("Key &name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_nameMessage);
    auto *sizeLabel = new QLabel(tr("&Size:"), this);
    sizeLabel->setBuddy(m_size);
    form->addRow(sizeLabel, m_size);
    auto *expiryLabel = new QLabel(tr("&Expires:"), this);
    expiryLabel->setBuddy(m_expiry);
    form->addRow(expiryLabel, m_expiry);
    form->addRow(QString(), m_expiryMessage);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    setTabOrder(m_name, m_nameMessage);
    setTabOrder(m_nameMessage, m_size);
    setTabOrder(m_size, m_expiry);
    setTabOrder(m_expiry, m_expiryMessage);

    connect(m_name, &QLineEdit::textChanged, this, &KeyPage::updateState);
    connect(m_size, &QComboBox::currentIndexChanged, this, &KeyPage::updateState);
    connect(m_expiry, &QLineEdit::textChanged, this, &KeyPage::updateState);
    updateState();
}

bool KeyPage::isComplete() const
{
    return m_valid;
}

void KeyPage::updateState()
{
    const QString name = m_name->text().trimmed();
    const Azure::Result<void> nameCheck = Wizard::VaultNames::checkKeyName(name);
    m_nameMessage->setText(nameCheck ? tr("An existing usable key of this name is reused; else it is created.")
                                     : nameCheck.error().message());
    const Azure::Result<std::optional<QDateTime>> expiry =
        Wizard::VaultNames::checkKeyExpiry(m_expiry->text().trimmed());
    m_expiryMessage->setText(
        !expiry ? expiry.error().message()
        : expiry.value()
            ? tr("The key stops working at %1 (UTC); rotate it before then.").arg(expiry.value()->toString(Qt::ISODate))
            : tr("No expiry."));
    m_valid = nameCheck && expiry;
    m_session->setInput(ContextField::KeyName, nameCheck ? name : QString());
    m_session->setInput(ContextField::KeySize, m_size->currentData().toString());
    m_session->setInput(ContextField::KeyExpiry,
                        expiry && expiry.value() ? expiry.value()->toString(Qt::ISODate) : QString());
    Q_EMIT completeChanged();
}

} // namespace CrossKey::Ui
