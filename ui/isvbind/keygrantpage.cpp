// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/isvbind/keygrantpage.h"

#include "ui/errorbanner.h"
#include "ui/flow/pagewidgets.h"
#include "ui/isvbind/isvbindsession.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace CrossKey::Ui {

KeyGrantPage::KeyGrantPage(IsvBindSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_error(new ErrorBanner(this))
    , m_open(new QPushButton(tr("&Open key grant file…"), this))
    , m_text(new QPlainTextEdit(this))
    , m_read(new QPushButton(tr("&Read pasted text"), this))
    , m_review(PageWidgets::fieldMessage(QStringLiteral("grantReviewLabel"), tr("Key grant"), this))
{
    setObjectName(QStringLiteral("keyGrantPage"));
    setTitle(tr("The customer's key grant"));
    setSubTitle(tr("Open the key-grant.json file your customer sent, or paste their message. CrossKey reads it "
                   "strictly and shows what it grants before anything is changed."));
    m_error->setObjectName(QStringLiteral("grantErrorBanner"));
    m_open->setObjectName(QStringLiteral("openGrantButton"));
    m_open->setAccessibleName(tr("Open key grant file"));
    m_text->setObjectName(QStringLiteral("grantTextEdit"));
    m_text->setAccessibleName(tr("Pasted key grant"));
    m_text->setPlaceholderText(tr("…or paste the customer's message or the file's text here"));
    m_text->setTabChangesFocus(true);
    m_read->setObjectName(QStringLiteral("readGrantButton"));
    m_read->setAccessibleName(tr("Read pasted text"));
    m_review->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_read);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_review);
    setTabOrder(m_open, m_text);
    setTabOrder(m_text, m_read);
    setTabOrder(m_read, m_review);

    connect(m_open, &QPushButton::clicked, this, &KeyGrantPage::chooseFile);
    connect(m_read, &QPushButton::clicked, this, &KeyGrantPage::readPasted);
    m_review->setText(tr("No key grant is open yet."));
}

bool KeyGrantPage::isComplete() const
{
    return m_session->grant().has_value();
}

void KeyGrantPage::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open key grant"), QString(), tr("Key grant (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        loadFile(path);
    }
}

void KeyGrantPage::loadFile(const QString &path)
{
    const Azure::Result<Wizard::KeyGrant> grant = Wizard::KeyGrant::load(path);
    if (!grant) {
        m_session->setGrant(std::nullopt);
        m_error->setError(grant.error());
        m_review->setText(tr("The file was not accepted; see the reason above."));
    } else {
        m_session->setGrant(grant.value());
        showGrant(path);
    }
    Q_EMIT completeChanged();
}

void KeyGrantPage::readPasted()
{
    const Azure::Result<Wizard::KeyGrant> grant = Wizard::KeyGrant::fromText(m_text->toPlainText());
    if (!grant) {
        m_session->setGrant(std::nullopt);
        m_error->setError(grant.error());
        m_review->setText(tr("The pasted text was not accepted; see the reason above."));
    } else {
        m_session->setGrant(grant.value());
        showGrant(tr("the pasted text"));
    }
    Q_EMIT completeChanged();
}

void KeyGrantPage::showGrant(const QString &source)
{
    m_error->setError(std::nullopt);
    const Wizard::KeyGrant &grant = *m_session->grant();
    m_review->setText(
        tr("Read from %1:\n"
           "Cloud: %2\nCustomer tenant: %3\nKey vault: %4\nKey: %5\nVersion: %6\nGranted to application: %7\n"
           "Created: %8")
            .arg(source, grant.cloud, grant.customerTenantId, grant.vaultUri.toString(), grant.keyName,
                 grant.keyVersion.isEmpty() ? tr("newest (Storage follows rotations)") : grant.keyVersion, grant.appId,
                 grant.createdAt.toString(Qt::ISODate)));
}

} // namespace CrossKey::Ui
