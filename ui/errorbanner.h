// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/azureerror.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace CrossKey::Ui {

// ErrorBanner shows one AzureError inline: its one-line summary, our hint on what to do, and the
// request ids to quote to support. Hidden while there is no error.
class ErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void setError(const std::optional<Azure::AzureError> &error);
    std::optional<Azure::AzureError> error() const { return m_error; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    std::optional<Azure::AzureError> m_error;
    QLabel *m_icon;
    QLabel *m_summary;
    QLabel *m_hint;
    QLabel *m_requestIds;
};

} // namespace CrossKey::Ui
