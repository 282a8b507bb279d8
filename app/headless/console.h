// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <cstdio>

namespace CrossKey::App::Headless {

// Console writes whole lines to stdout (results: status lines, the script, the invitation) or stderr (prompts,
// notices, errors) and flushes each, so a reader — or a run killed halfway — sees every line at once.
class Console final
{
public:
    static void out(const QString &line) { write(stdout, line); }
    static void err(const QString &line) { write(stderr, line); }
    static void err(const QStringList &lines)
    {
        for (const QString &line : lines) {
            err(line);
        }
    }

private:
    static void write(std::FILE *stream, const QString &line)
    {
        const QByteArray bytes = line.toLocal8Bit();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
        std::fputc('\n', stream);
        std::fflush(stream);
    }
};

} // namespace CrossKey::App::Headless
