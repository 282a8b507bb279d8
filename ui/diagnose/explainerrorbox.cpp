// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/diagnose/explainerrorbox.h"

#include "wizard/errorcatalogue.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace CrossKey::Ui {

ExplainErrorBox::ExplainErrorBox(QWidget *parent)
    : QGroupBox(tr("Explain an error"), parent)
    , m_input(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
    , m_result(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("explainErrorBox"));
    auto *label = new QLabel(tr("Paste an error &message:"), this);
    label->setBuddy(m_input);
    m_input->setObjectName(QStringLiteral("errorMessageEdit"));
    m_input->setAccessibleName(tr("Error message to explain"));
    m_input->setPlaceholderText(tr("For example: AADSTS700016: Application with identifier … was not found"));
    // Tab moves on rather than typing a tab into the message.
    m_input->setTabChangesFocus(true);
    m_input->setMaximumHeight(70);
    m_count->setObjectName(QStringLiteral("explainCountLabel"));
    m_count->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("explanationView"));
    m_result->setAccessibleName(tr("Explanation"));
    m_result->setOpenExternalLinks(true);
    m_result->setTabChangesFocus(true);
    m_result->setMinimumHeight(90);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_input);
    layout->addWidget(m_count);
    layout->addWidget(m_result, 1);
    connect(m_input, &QPlainTextEdit::textChanged, this, &ExplainErrorBox::explain);
    explain();
}

void ExplainErrorBox::setText(const QString &pasted)
{
    m_input->setPlainText(pasted);
}

QString ExplainErrorBox::explanationText() const
{
    return m_result->toPlainText();
}

void ExplainErrorBox::explain()
{
    const QString pasted = m_input->toPlainText().trimmed();
    m_ids.clear();
    if (pasted.isEmpty()) {
        m_count->setText(tr("Nothing pasted yet."));
        m_result->clear();
        return;
    }
    const QList<Wizard::ErrorEntry> entries = Wizard::ErrorCatalogue::explainText(pasted);
    m_count->setText(entries.isEmpty() ? tr("No known error matches this message. Check its request id and "
                                            "correlation id with Azure support.")
                                       : tr("%n known error(s) match this message.", nullptr, int(entries.size())));
    QString html;
    for (const Wizard::ErrorEntry &entry : entries) {
        m_ids.append(entry.id);
        html += QStringLiteral("<h3>%1%2</h3>")
                    .arg(entry.title.toHtmlEscaped(), entry.unverified ? tr(" (unverified)") : QString());
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Cause:"), entry.cause.toHtmlEscaped());
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Fix:"), entry.fix.toHtmlEscaped());
        if (!entry.cli.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>").arg(tr("CLI:"), entry.cli.toHtmlEscaped());
        }
        if (!entry.link.isEmpty()) {
            html += QStringLiteral("<p><a href=\"%1\">%2</a></p>").arg(entry.link.toHtmlEscaped(), tr("Documentation"));
        }
    }
    m_result->setHtml(html);
}

} // namespace CrossKey::Ui
