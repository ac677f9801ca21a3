"""Errors a clerk can read: every message is Chinese and names what is wrong and where."""


class KydeskError(Exception):
    """A user-facing error: the CLI prints it and exits 1; the window shows it."""


class DeadlineError(KydeskError, ValueError):
    """A deadline phrase or date that cannot be understood."""


class ValidationError(KydeskError, ValueError):
    """A field value that is not acceptable; `field` names it for the form."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class NotFound(KydeskError, LookupError):
    pass


class StatusError(KydeskError):
    """A status change the rules do not allow (e.g. reopening a deleted task)."""
