"""Sync by signed file packages: keys and identity cards, the .kysync format, its checks, merge rules.

Layer: sync → {store, domain}. Services orchestrate it (backups, the CLI, the window).
"""
