// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/azureerror.h"

#include <utility>
#include <variant>

namespace CrossKey::Azure {

// Result<T> is what every operation returns: a value or the product's one error type.
// (std::expected is C++23; Debian's g++ 12 does not have it.)
template<typename T>
class Result
{
public:
    // Only so Result can travel in QVariant (queued signals, QSignalSpy): an empty Internal error.
    Result()
        : m_data(AzureError())
    {}
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(AzureError error)
        : m_data(std::move(error))
    {}

    bool hasValue() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return hasValue(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const AzureError &error() const { return std::get<AzureError>(m_data); }

private:
    std::variant<T, AzureError> m_data;
};

template<>
class Result<void>
{
public:
    Result() = default;
    Result(AzureError error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const AzureError &error() const { return m_error; }

private:
    AzureError m_error;
    bool m_failed = false;
};

} // namespace CrossKey::Azure
