"""The meeting editor: plan dialog, one panel per step, their table models."""
