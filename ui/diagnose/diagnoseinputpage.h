// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace CrossKey::Ui {

class DiagnoseSession;
class ExplainErrorBox;

// Diagnose page 1: what to diagnose — a storage account (resource id, or name and subscription), an app (client)
// id or a key URI — and which tenants to sign in to (the ISV's, the customer's, or both; a support user may reach
// only one side). Also the "Explain an error" box, which needs no sign-in.
class DiagnoseInputPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnoseInputPage)

public:
    enum Kind
    {
        StorageAccountId,
        StorageAccountName,
        AppId,
        KeyUri,
    };

    explicit DiagnoseInputPage(DiagnoseSession *session, QWidget *parent = nullptr);

    // Fills the fields (tests, screenshots, a caller that knows the target).
    void setTarget(Kind kind, const QString &value, const QString &subscriptionId = {});
    void setTenants(bool isv, bool customer);
    ExplainErrorBox *explainBox() const { return m_explain; }

    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateState();

    DiagnoseSession *m_session;
    QComboBox *m_kind;
    QLineEdit *m_value;
    QLabel *m_subscriptionLabel;
    QLineEdit *m_subscription;
    QLabel *m_message;
    QCheckBox *m_isv;
    QCheckBox *m_customer;
    ExplainErrorBox *m_explain;
};

} // namespace CrossKey::Ui
