"""The one error type of the release tooling: its message is shown to the user as is."""


class ReleaseError(Exception):
    """A release step failed; the message says what happened and what was (not) changed."""
