"""Local tables of sync (migration 3). None of them is synced and none has the sync triggers: they record
what this install knows about its peers and the packages it has seen.
"""

SYNC_LOCAL = [
    # Trusted identity cards. One unit may hold several keys (a second PC of the same unit, a reinstall),
    # so the key is the primary key, not the unit code.
    """CREATE TABLE sync_peer (
        key TEXT PRIMARY KEY,
        unit_code TEXT NOT NULL,
        unit_name TEXT NOT NULL DEFAULT '',
        level TEXT NOT NULL DEFAULT 'county',
        site_id TEXT NOT NULL DEFAULT '',
        fingerprint TEXT NOT NULL,
        trusted INTEGER NOT NULL DEFAULT 1,
        added_at TEXT NOT NULL,
        last_heard TEXT)""",
    "CREATE INDEX sync_peer_unit ON sync_peer(unit_code)",
    # What this install has applied from each sender database: the contiguous high-water mark of the
    # sender's site_seq. It becomes the acknowledgement that rides back in our own packages.
    """CREATE TABLE sync_have (
        site TEXT NOT NULL,
        instance TEXT NOT NULL,
        unit_code TEXT NOT NULL,
        seq INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (site, instance)) WITHOUT ROWID""",
    # What each peer database says it has of ours (per instance of ours: a restored backup starts over).
    # peer_hi/heard pick the peer's newest database when it was restored or replaced.
    """CREATE TABLE sync_ack (
        peer_site TEXT NOT NULL,
        peer_instance TEXT NOT NULL,
        my_instance TEXT NOT NULL,
        unit_code TEXT NOT NULL,
        seq INTEGER NOT NULL DEFAULT 0,
        peer_hi INTEGER NOT NULL DEFAULT 0,
        heard INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (peer_site, peer_instance, my_instance)) WITHOUT ROWID""",
    # Every package in and out (the 同步 history); the digest of an incoming manifest detects a replayed id.
    """CREATE TABLE sync_package (
        id TEXT PRIMARY KEY,
        direction TEXT NOT NULL,
        peer_unit TEXT NOT NULL DEFAULT '',
        peer_name TEXT NOT NULL DEFAULT '',
        site TEXT NOT NULL DEFAULT '',
        instance TEXT NOT NULL DEFAULT '',
        lo INTEGER NOT NULL DEFAULT 0,
        hi INTEGER NOT NULL DEFAULT 0,
        full INTEGER NOT NULL DEFAULT 0,
        rows INTEGER NOT NULL DEFAULT 0,
        digest TEXT NOT NULL DEFAULT '',
        file TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        result TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '{}')""",
    # The losing version when two versions of one row carry the same rev (two installs of one unit).
    """CREATE TABLE sync_conflict (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        tbl TEXT NOT NULL,
        row_id TEXT NOT NULL,
        rev INTEGER NOT NULL,
        site TEXT NOT NULL,
        data TEXT NOT NULL,
        winner_rev INTEGER NOT NULL,
        winner_site TEXT NOT NULL,
        package_id TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        UNIQUE (tbl, row_id, rev, site, data))""",
    # Rows refused from an applied package (not the sender's to change, or referring to rows we lack):
    # kept so the clerk can see what was not let in and why.
    """CREATE TABLE sync_quarantine (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        package_id TEXT NOT NULL,
        tbl TEXT NOT NULL,
        row_id TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL,
        data TEXT NOT NULL,
        at TEXT NOT NULL)""",
    "CREATE INDEX sync_quarantine_package ON sync_quarantine(package_id)",
    # Rows once sent to a unit: a task that stops concerning a county (lead moved elsewhere) must still
    # reach it once more, or the county would keep the old version forever.
    # seq: the change number of the first package that carried it; until the unit acknowledges that,
    # the task's progress and answers go along whole.
    """CREATE TABLE sync_sent (
        peer_unit TEXT NOT NULL,
        row_id TEXT NOT NULL,
        seq INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (peer_unit, row_id)) WITHOUT ROWID""",
]


# Migration 4 (issue 10): the databases each peer unit has used, so a restored or copied database is told
# apart from the one it came from (acks per instance, a copy's twin detected), and the link from a 延期
# answer to the request it answers (answers get random ids: a derived id could be planted by someone else).
SYNC_INSTANCES = [
    # first_heard/last_heard: the order of packages (the same counter as sync_ack.heard), never the clock.
    """CREATE TABLE sync_instance (
        site TEXT NOT NULL,
        instance TEXT NOT NULL,
        unit_code TEXT NOT NULL,
        first_heard INTEGER NOT NULL DEFAULT 0,
        last_heard INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (site, instance)) WITHOUT ROWID""",
    "CREATE INDEX sync_instance_unit ON sync_instance(unit_code)",
    """INSERT INTO sync_instance (site, instance, unit_code, first_heard, last_heard)
        SELECT peer_site, peer_instance, max(unit_code), min(heard), max(heard) FROM sync_ack
        GROUP BY peer_site, peer_instance""",
]
