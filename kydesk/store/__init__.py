"""The store: the only package that talks SQL (via sqlite_utils). Open with `open_db`."""
from kydesk.store.db import Database, open_db  # noqa: F401
