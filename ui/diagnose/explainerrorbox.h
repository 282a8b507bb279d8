// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>
#include <QStringList>

class QLabel;
class QPlainTextEdit;
class QTextBrowser;

namespace CrossKey::Ui {

// ExplainErrorBox: paste an error message (from the portal, the CLI, a log) and it lists every entry of the error
// catalogue (Wizard::ErrorCatalogue::explainText) the message matches, with title, cause, fix and CLI. Needs no
// sign-in and calls nothing.
class ExplainErrorBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplainErrorBox)

public:
    explicit ExplainErrorBox(QWidget *parent = nullptr);

    void setText(const QString &pasted);
    // The ids of the entries shown, most specific first.
    QStringList matchedIds() const { return m_ids; }
    QString explanationText() const;

private:
    void explain();

    QPlainTextEdit *m_input;
    QLabel *m_count;
    QTextBrowser *m_result;
    QStringList m_ids;
};

} // namespace CrossKey::Ui
