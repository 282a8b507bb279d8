// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/flow/retrybanner.h"

#include "ui/errorbanner.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace CrossKey::Ui {

RetryBanner::RetryBanner(QWidget *parent)
    : QWidget(parent)
    , m_banner(new ErrorBanner(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Retry"));
    connect(m_retry, &QPushButton::clicked, this, &RetryBanner::retryRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    setVisible(false);
}

void RetryBanner::setError(const std::optional<Azure::AzureError> &error)
{
    m_banner->setError(error);
    setVisible(error.has_value());
}

std::optional<Azure::AzureError> RetryBanner::error() const
{
    return m_banner->error();
}

} // namespace CrossKey::Ui
