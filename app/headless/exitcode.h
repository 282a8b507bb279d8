// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/azureerror.h"

namespace CrossKey::App::Headless {

// The exit codes of `crosskey run` (docs/headless.md); scripts branch on them.
enum ExitCode : int
{
    Done = 0,        // the plan completed (or the dry run was printed)
    Failed = 1,      // a step failed, needs the user, or was cancelled; progress is saved for a resume
    BadInput = 2,    // unknown mode or option, a missing or invalid value, or the preflight refused the inputs
    Unreachable = 3, // could not sign in, or could not reach the cloud
};

// The exit code for an error that stopped a run: sign-in and network trouble are 3, bad input 2, the rest 1.
inline ExitCode exitCodeFor(const Azure::AzureError &error)
{
    switch (error.kind()) {
    case Azure::AzureError::Kind::SignIn:
    case Azure::AzureError::Kind::Network:
    case Azure::AzureError::Kind::Timeout:
        return Unreachable;
    case Azure::AzureError::Kind::InvalidInput:
        return BadInput;
    default:
        return Failed;
    }
}

} // namespace CrossKey::App::Headless
