"""One module per navigation entry; each defines View(ctx) with optional on_changed(changed)."""
