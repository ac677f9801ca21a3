"""kydesk: the desk of a 康养专班 — ledger, meetings, printed minutes, sync by file."""

__version__ = "0.1.0"
