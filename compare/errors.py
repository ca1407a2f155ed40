"""The two ways a build can refuse work.

`SourceError` rejects one file (the build goes on without it); `CompareError`
stops the command with a message and an exit status.
"""
from __future__ import annotations


class SourceError(Exception):
    """One input file cannot be used; the message is the reason, for one line."""


class CompareError(Exception):
    """The command cannot go on; `exit_code` tells a script why."""

    exit_code = 1


class UsageError(CompareError):
    exit_code = 1


class NoSourcesError(CompareError):
    exit_code = 2
