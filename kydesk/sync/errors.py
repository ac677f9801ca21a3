"""Why a package or card is refused: a Chinese message for the clerk and a short code for scripts."""
from __future__ import annotations

from kydesk.domain.errors import KydeskError


class Refused(KydeskError):
    """The file is not let in; the database is unchanged. `code` names the reason for --json and tests."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.code = code


class Cancelled(KydeskError):
    def __init__(self):
        super().__init__("已取消，数据未作改动。")
