// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/azureerror.h"

#include <QWidget>

#include <optional>

class QPushButton;

namespace CrossKey::Ui {

class ErrorBanner;

// RetryBanner is a page's inline error — a live list that could not be loaded, a check that failed — with a
// Retry button beside it. Hidden while there is no error.
class RetryBanner final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetryBanner)

public:
    explicit RetryBanner(QWidget *parent = nullptr);

    void setError(const std::optional<Azure::AzureError> &error);
    std::optional<Azure::AzureError> error() const;
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void retryRequested();

private:
    ErrorBanner *m_banner;
    QPushButton *m_retry;
};

} // namespace CrossKey::Ui
