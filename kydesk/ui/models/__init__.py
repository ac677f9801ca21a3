"""Qt table models over the services (tested without a window)."""
