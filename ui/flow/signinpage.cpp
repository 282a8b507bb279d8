// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/flow/signinpage.h"

#include "azure/accountsession.h"
#include "azure/cloudresolvejob.h"
#include "azure/signinservice.h"
#include "azure/tenantconnection.h"
#include "ui/errorbanner.h"
#include "ui/flow/flowsession.h"
#include "ui/flow/pagewidgets.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <utility>

namespace CrossKey::Ui {

namespace {

const QString kCustom = QStringLiteral("custom");

} // namespace

SignInPage::SignInPage(FlowSession *session, const QString &title, const QString &subTitle, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_error(new ErrorBanner(this))
    , m_cloud(new QComboBox(this))
    , m_customCloud(new QLineEdit(this))
    , m_tenant(new QLineEdit(this))
    , m_browser(new QRadioButton(tr("In the &browser"), this))
    , m_deviceCode(new QRadioButton(tr("With a &device code (on this or another device)"), this))
    , m_signIn(new QPushButton(tr("Sign &in"), this))
    , m_cancel(new QPushButton(tr("Cancel sign-in"), this))
    , m_busy(PageWidgets::busyBar(QStringLiteral("signInBusyBar"), tr("Signing in"), this))
    , m_progress(PageWidgets::fieldMessage(QStringLiteral("signInProgressLabel"), tr("Sign-in progress"), this))
    , m_codeBox(new QGroupBox(tr("Device code"), this))
    , m_code(new QLabel(m_codeBox))
    , m_codeUrl(new QLabel(m_codeBox))
    , m_copyCode(new QPushButton(tr("C&opy code"), m_codeBox))
    , m_account(PageWidgets::fieldMessage(QStringLiteral("accountLabel"), tr("Signed-in account"), this))
    , m_switch(new QPushButton(tr("S&witch account"), this))
{
    setObjectName(QStringLiteral("signInPage"));
    setTitle(title);
    setSubTitle(subTitle);

    m_error->setObjectName(QStringLiteral("signInErrorBanner"));
    m_cloud->setObjectName(QStringLiteral("cloudComboBox"));
    m_cloud->setAccessibleName(tr("Cloud"));
    m_cloud->addItem(tr("Azure (public)"), QStringLiteral("public"));
    m_cloud->addItem(tr("Azure US Government"), QStringLiteral("usgov"));
    m_cloud->addItem(tr("Azure China (21Vianet)"), QStringLiteral("china"));
    m_cloud->addItem(tr("Other cloud (Resource Manager URL)"), kCustom);
    m_customCloud->setObjectName(QStringLiteral("customCloudLineEdit"));
    m_customCloud->setAccessibleName(tr("Resource Manager URL"));
    m_customCloud->setPlaceholderText(tr("https://management.example.com"));
    m_tenant->setObjectName(QStringLiteral("tenantLineEdit"));
    m_tenant->setAccessibleName(tr("Tenant"));
    m_tenant->setPlaceholderText(tr("Optional: contoso.onmicrosoft.com or the tenant id"));
    m_browser->setObjectName(QStringLiteral("browserRadioButton"));
    m_browser->setAccessibleName(tr("Sign in in the browser"));
    m_browser->setChecked(true);
    m_deviceCode->setObjectName(QStringLiteral("deviceCodeRadioButton"));
    m_deviceCode->setAccessibleName(tr("Sign in with a device code"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    m_cancel->setAccessibleName(tr("Cancel sign-in"));
    m_switch->setObjectName(QStringLiteral("switchAccountButton"));
    m_switch->setAccessibleName(tr("Switch account"));

    m_codeBox->setObjectName(QStringLiteral("deviceCodeGroupBox"));
    m_code->setObjectName(QStringLiteral("deviceCodeLabel"));
    m_code->setAccessibleName(tr("Code"));
    m_code->setTextFormat(Qt::PlainText);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setFocusPolicy(Qt::StrongFocus);
    QFont codeFont = m_code->font();
    codeFont.setPointSizeF(codeFont.pointSizeF() * 2);
    codeFont.setBold(true);
    codeFont.setFamilies({QStringLiteral("monospace")});
    m_code->setFont(codeFont);
    m_codeUrl->setObjectName(QStringLiteral("deviceCodeUrlLabel"));
    m_codeUrl->setAccessibleName(tr("Page to enter the code on"));
    m_codeUrl->setTextFormat(Qt::RichText);
    m_codeUrl->setOpenExternalLinks(true);
    m_codeUrl->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_codeUrl->setWordWrap(true);
    m_copyCode->setObjectName(QStringLiteral("copyCodeButton"));
    m_copyCode->setAccessibleName(tr("Copy code"));
    auto *codeLayout = new QVBoxLayout(m_codeBox);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_copyCode, 0, Qt::AlignVCenter);
    codeLayout->addLayout(codeRow);
    codeLayout->addWidget(m_codeUrl);
    m_codeBox->setVisible(false);

    auto *form = new QFormLayout;
    auto *cloudLabel = new QLabel(tr("C&loud:"), this);
    cloudLabel->setBuddy(m_cloud);
    form->addRow(cloudLabel, m_cloud);
    auto *urlLabel = new QLabel(tr("Resource &Manager URL:"), this);
    urlLabel->setBuddy(m_customCloud);
    form->addRow(urlLabel, m_customCloud);
    auto *tenantLabel = new QLabel(tr("&Tenant:"), this);
    tenantLabel->setBuddy(m_tenant);
    form->addRow(tenantLabel, m_tenant);
    auto *methods = new QVBoxLayout;
    methods->addWidget(m_browser);
    methods->addWidget(m_deviceCode);
    form->addRow(tr("Method:"), methods);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(m_account, 1);
    accountRow->addWidget(m_switch, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_busy);
    layout->addWidget(m_progress);
    layout->addWidget(m_codeBox);
    layout->addLayout(accountRow);
    layout->addStretch(1);
    setTabOrder(m_cloud, m_customCloud);
    setTabOrder(m_customCloud, m_tenant);
    setTabOrder(m_tenant, m_browser);
    setTabOrder(m_browser, m_deviceCode);
    setTabOrder(m_deviceCode, m_signIn);
    setTabOrder(m_signIn, m_cancel);
    setTabOrder(m_cancel, m_progress);
    setTabOrder(m_progress, m_code);
    setTabOrder(m_code, m_copyCode);
    setTabOrder(m_copyCode, m_codeUrl);
    setTabOrder(m_codeUrl, m_account);
    setTabOrder(m_account, m_switch);

    connect(m_cloud, &QComboBox::currentIndexChanged, this, [this] {
        if (m_restoring) {
            cancelSignIn();
            m_progress->clear();
        }
        updateState();
    });
    connect(m_customCloud, &QLineEdit::textChanged, this, &SignInPage::updateState);
    connect(m_signIn, &QPushButton::clicked, this, &SignInPage::signIn);
    connect(m_cancel, &QPushButton::clicked, this, &SignInPage::cancelSignIn);
    connect(m_copyCode, &QPushButton::clicked, this, &SignInPage::copyCode);
    connect(m_switch, &QPushButton::clicked, this, &SignInPage::switchAccount);
    updateState();
}

void SignInPage::setSignInService(Azure::SignInService *service)
{
    m_service = service;
    updateState();
    restoreSaved();
}

void SignInPage::restoreSaved()
{
    if (!m_service || m_restoreTried || m_session->connection() || m_operation || m_resolve || cloudText().isEmpty()) {
        return;
    }
    m_restoreTried = true;
    m_restoring = true;
    m_progress->setText(tr("Looking for a saved sign-in…"));
    m_resolve = new Azure::CloudResolveJob(m_service->network(), cloudText(), this);
    connect(m_resolve, &Azure::CloudResolveJob::finished, this, &SignInPage::readCloud);
    m_resolve->start();
    updateState();
}

void SignInPage::presetCloud(const QString &label, const QUrl &resourceManager)
{
    m_cloud->addItem(label, resourceManager.toString());
    m_cloud->setCurrentIndex(m_cloud->count() - 1);
}

void SignInPage::selectCloud(const QString &nameOrUrl)
{
    const int builtIn = m_cloud->findData(nameOrUrl);
    if (builtIn >= 0) {
        m_cloud->setCurrentIndex(builtIn);
        return;
    }
    m_cloud->setCurrentIndex(m_cloud->findData(kCustom));
    m_customCloud->setText(nameOrUrl);
}

void SignInPage::setTenant(const QString &tenant)
{
    m_tenant->setText(tenant);
}

bool SignInPage::isComplete() const
{
    return m_session->connection() && !m_operation;
}

void SignInPage::signIn()
{
    startSignIn({});
}

void SignInPage::switchAccount()
{
    startSignIn(QStringLiteral("select_account"));
}

void SignInPage::cancelSignIn()
{
    PageWidgets::stop(m_resolve);
    PageWidgets::stop(m_operation);
    m_restoring = false;
    m_codeBox->setVisible(false);
    m_progress->setText(tr("Sign-in cancelled."));
    updateState();
}

void SignInPage::copyCode()
{
    QApplication::clipboard()->setText(m_code->text());
    m_progress->setText(tr("The code was copied."));
}

void SignInPage::startSignIn(const QString &prompt)
{
    if (m_restoring) {
        // The user chose to sign in: a saved sign-in still being looked up no longer matters.
        PageWidgets::stop(m_resolve);
        PageWidgets::stop(m_operation);
        m_restoring = false;
    }
    if (!m_service || m_operation || m_resolve) {
        return;
    }
    m_prompt = prompt;
    m_error->setError(std::nullopt);
    m_codeBox->setVisible(false);
    m_progress->setText(tr("Finding the cloud's sign-in endpoints…"));
    m_resolve = new Azure::CloudResolveJob(m_service->network(), cloudText(), this);
    connect(m_resolve, &Azure::CloudResolveJob::finished, this, &SignInPage::readCloud);
    m_resolve->start();
    updateState();
}

void SignInPage::readCloud(const Azure::CloudResult &result)
{
    m_resolve = nullptr;
    if (!result) {
        if (!m_restoring) {
            m_error->setError(result.error());
        }
        m_restoring = false;
        m_progress->clear();
        updateState();
        return;
    }
    const QString tenant = m_tenant->text().trimmed();
    if (m_restoring) {
        m_operation = m_service->restore(result.value(), tenant.isEmpty() ? Azure::SignInRequest().tenant : tenant);
        connect(m_operation, &Azure::SignInOperation::finished, this, &SignInPage::readSession);
        m_operation->start();
        updateState();
        return;
    }
    Azure::SignInRequest request;
    request.cloud = result.value();
    if (!tenant.isEmpty()) {
        request.tenant = tenant;
    }
    request.prompt = m_prompt;
    const auto method =
        m_deviceCode->isChecked() ? Azure::SignInService::Method::DeviceCode : Azure::SignInService::Method::Browser;
    m_operation = m_service->signIn(request, method);
    connect(m_operation, &Azure::SignInOperation::deviceCodeReady, this, &SignInPage::showDeviceCode);
    connect(m_operation, &Azure::SignInOperation::browserOpened, this, &SignInPage::showBrowserOpened);
    connect(m_operation, &Azure::SignInOperation::finished, this, &SignInPage::readSession);
    m_progress->setText(method == Azure::SignInService::Method::DeviceCode
                            ? tr("Asking for a device code…")
                            : tr("Opening the sign-in page in your browser…"));
    m_operation->start();
    updateState();
}

void SignInPage::showDeviceCode(const Azure::DeviceCodePrompt &prompt)
{
    m_code->setText(prompt.userCode);
    const QString url = prompt.verificationUri.toString().toHtmlEscaped();
    m_codeUrl->setText(tr("Open <a href=\"%1\">%1</a> on any device and enter the code above.").arg(url));
    m_codeBox->setVisible(true);
    m_progress->setText(prompt.message);
}

void SignInPage::showBrowserOpened(const QUrl &url)
{
    Q_UNUSED(url)
    m_progress->setText(tr("Finish signing in in your browser, then come back here."));
}

void SignInPage::readSession(const Azure::SessionResult &result)
{
    m_operation = nullptr;
    m_codeBox->setVisible(false);
    const bool restoring = std::exchange(m_restoring, false);
    if (!result) {
        // No saved sign-in, or one no longer valid, is no error: the user signs in.
        if (!result.error().isCancelled() && !restoring) {
            m_error->setError(result.error());
        }
        m_progress->clear();
        updateState();
        return;
    }
    m_signedIn = result.value();
    m_session->setConnection(m_service->connection(m_signedIn));
    m_progress->clear();
    updateState();
}

void SignInPage::updateState()
{
    // Looking for a saved sign-in blocks nothing: choosing Sign in or another cloud drops it.
    const bool working = (m_operation || m_resolve) && !m_restoring;
    const bool custom = m_cloud->currentData().toString() == kCustom;
    m_customCloud->setEnabled(custom && !working);
    m_cloud->setEnabled(!working);
    m_tenant->setEnabled(!working);
    m_browser->setEnabled(!working && m_service && m_service->opener());
    if (m_service && !m_service->opener()) {
        m_deviceCode->setChecked(true);
    }
    m_deviceCode->setEnabled(!working);
    m_signIn->setEnabled(!working && m_service && !cloudText().isEmpty());
    m_cancel->setEnabled(working);
    m_busy->setVisible(m_operation || m_resolve);
    if (!m_service && !working) {
        m_progress->setText(tr("Preparing sign-in…"));
    } else if (m_progress->text() == tr("Preparing sign-in…")) {
        m_progress->clear();
    }
    const Azure::TenantConnection *connection = m_session->connection();
    if (connection) {
        m_account->setText(tr("Signed in as %1 in tenant %2 (%3).")
                               .arg(connection->username(), connection->tenantId(), connection->cloud().name()));
    } else {
        m_account->setText(tr("Not signed in."));
    }
    m_switch->setVisible(connection != nullptr);
    m_switch->setEnabled(!working);
    Q_EMIT completeChanged();
}

QString SignInPage::cloudText() const
{
    const QString data = m_cloud->currentData().toString();
    return data == kCustom ? m_customCloud->text().trimmed() : data;
}

} // namespace CrossKey::Ui
