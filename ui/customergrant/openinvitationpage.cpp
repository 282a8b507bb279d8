// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customergrant/openinvitationpage.h"

#include "ui/customergrant/customergrantsession.h"
#include "ui/errorbanner.h"
#include "ui/flow/pagewidgets.h"
#include "wizard/invitation.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace CrossKey::Ui {

OpenInvitationPage::OpenInvitationPage(CustomerGrantSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_error(new ErrorBanner(this))
    , m_open(new QPushButton(tr("&Open invitation file…"), this))
    , m_paste(new QPlainTextEdit(this))
    , m_read(new QPushButton(tr("&Read pasted text"), this))
    , m_review(PageWidgets::fieldMessage(QStringLiteral("invitationReviewLabel"), tr("The invitation"), this))
{
    setObjectName(QStringLiteral("openInvitationPage"));
    setTitle(tr("Open the ISV's invitation"));
    setSubTitle(tr("Your ISV sent an invitation file (or a mail with it at the end). It names their app and tenant; "
                   "check them before you go on."));
    m_error->setObjectName(QStringLiteral("invitationErrorBanner"));
    m_open->setObjectName(QStringLiteral("openInvitationButton"));
    m_open->setAccessibleName(tr("Open invitation file"));
    m_paste->setObjectName(QStringLiteral("invitationTextEdit"));
    m_paste->setAccessibleName(tr("Pasted invitation"));
    m_paste->setPlaceholderText(tr("Or paste the invitation (the mail's text or the file's content) here."));
    m_paste->setTabChangesFocus(true);
    m_read->setObjectName(QStringLiteral("readInvitationButton"));
    m_read->setAccessibleName(tr("Read pasted text"));
    m_review->setText(tr("No invitation yet."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_read);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_paste, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_review);
    setTabOrder(m_paste, m_open);
    setTabOrder(m_open, m_read);
    setTabOrder(m_read, m_review);

    connect(m_open, &QPushButton::clicked, this, &OpenInvitationPage::openFile);
    connect(m_read, &QPushButton::clicked, this, &OpenInvitationPage::readPasted);
}

bool OpenInvitationPage::isComplete() const
{
    return m_session->invitation().has_value();
}

void OpenInvitationPage::openFile()
{
    // Not the static dialog: its own event loop would run under the workspace's.
    auto *dialog = new QFileDialog(this, tr("Open invitation"), QDir::homePath(),
                                   tr("CrossKey invitation (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("openInvitationDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &OpenInvitationPage::readFile);
    dialog->open();
}

void OpenInvitationPage::readFile(const QString &path)
{
    const Azure::Result<Wizard::Invitation> result = Wizard::Invitation::load(path);
    if (!result) {
        m_session->setInvitation(std::nullopt);
        m_error->setError(result.error());
    } else {
        m_session->setInvitation(result.value());
    }
    show(path);
}

void OpenInvitationPage::readPasted()
{
    // A mail carries the file's JSON object at its end: read from its first brace to its last.
    const QString text = m_paste->toPlainText();
    const qsizetype from = text.indexOf(QLatin1Char('{'));
    const qsizetype to = text.lastIndexOf(QLatin1Char('}'));
    QJsonParseError parseError{};
    const QJsonDocument document = from >= 0 && to > from
                                       ? QJsonDocument::fromJson(text.mid(from, to - from + 1).toUtf8(), &parseError)
                                       : QJsonDocument();
    if (!document.isObject()) {
        m_session->setInvitation(std::nullopt);
        m_error->setError(Azure::AzureError(
            Azure::AzureError::Kind::InvalidInput,
            parseError.error != QJsonParseError::NoError
                ? tr("The pasted text is not a readable invitation: %1.").arg(parseError.errorString())
                : tr("The pasted text holds no invitation."),
            tr("Paste the whole invitation your ISV sent, or open the file.")));
        show(tr("the pasted text"));
        return;
    }
    const Azure::Result<Wizard::Invitation> result =
        Wizard::Invitation::fromJson(document.object(), tr("the pasted text"));
    if (!result) {
        m_session->setInvitation(std::nullopt);
        m_error->setError(result.error());
    } else {
        m_session->setInvitation(result.value());
    }
    show(tr("the pasted text"));
}

void OpenInvitationPage::show(const QString &source)
{
    const auto &invitation = m_session->invitation();
    if (invitation) {
        m_error->setError(std::nullopt);
        m_review->setText(tr("From %1:\nApp: %2\nApp id: %3\nISV tenant: %4\nCloud: %5\nCreated: %6\n\nThe app will be "
                             "able to use only the one key you grant it.")
                              .arg(source, invitation->appName, invitation->appId, invitation->isvTenantId,
                                   invitation->cloud, invitation->createdAt.toString(Qt::ISODate)));
    } else {
        m_review->setText(tr("No invitation yet."));
    }
    Q_EMIT completeChanged();
}

} // namespace CrossKey::Ui
