// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

namespace CrossKey::Ui {

class IsvBindSession;

// Page 5: what the bind proved and what it could not — read from the run's step evidence: the account read
// back as bound to the customer's key, and (with a blob data role) a blob written and read through the key.
class BindResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BindResultPage)

public:
    explicit BindResultPage(IsvBindSession *session, QWidget *parent = nullptr);

    void initializePage() override;

    // True when the verify step wrote and read the blob through the key.
    bool blobVerified() const { return m_blobVerified; }

private:
    IsvBindSession *m_session;
    QLabel *m_summary;
    QPlainTextEdit *m_evidence;
    bool m_blobVerified = false;
};

} // namespace CrossKey::Ui
