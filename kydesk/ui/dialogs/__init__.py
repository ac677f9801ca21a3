"""Dialogs; their layouts come from forms/*.ui."""
