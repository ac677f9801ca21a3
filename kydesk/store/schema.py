"""Table definitions of every schema version, as data, so migrations and triggers share one list."""

# Columns every syncable row has (DESIGN.md "Data"): a UUID, the owning unit, the owner's revision,
# this install's change counter (set by triggers), the tombstone, and the site that wrote this rev
# (tie-break when two installs of one unit wrote the same rev).
SYNC_COLUMNS = """
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL DEFAULT '',
    rev INTEGER NOT NULL DEFAULT 1,
    site_seq INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    site TEXT NOT NULL DEFAULT ''
"""

V1_TABLES = {
    "unit": """
        code TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL,
        level TEXT NOT NULL DEFAULT 'department',
        parent_code TEXT,
        ord INTEGER NOT NULL DEFAULT 0
    """,
    "person": """
        name TEXT NOT NULL,
        unit_id TEXT REFERENCES unit(id),
        title TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT ''
    """,
    "task": """
        section TEXT NOT NULL DEFAULT '',
        seq INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL,
        target TEXT NOT NULL DEFAULT '',
        lead_unit_id TEXT REFERENCES unit(id),
        partner_unit_ids TEXT NOT NULL DEFAULT '[]',
        leader TEXT NOT NULL DEFAULT '',
        person TEXT NOT NULL DEFAULT '',
        start TEXT,
        due TEXT,
        due_text TEXT NOT NULL DEFAULT '',
        ongoing INTEGER NOT NULL DEFAULT 0,
        recurrence TEXT,
        key INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'pending',
        percent INTEGER NOT NULL DEFAULT 0,
        done_date TEXT,
        note TEXT NOT NULL DEFAULT '',
        source_meeting_id TEXT,
        source_decision_id TEXT
    """,
    "progress": """
        task_id TEXT NOT NULL REFERENCES task(id),
        date TEXT NOT NULL,
        text TEXT NOT NULL,
        percent INTEGER,
        unit_id TEXT REFERENCES unit(id),
        task_rev INTEGER NOT NULL DEFAULT 0
    """,
    "meeting": """
        kind TEXT NOT NULL DEFAULT '推进会',
        year INTEGER NOT NULL,
        number INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL,
        date TEXT NOT NULL,
        time TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        chair TEXT NOT NULL DEFAULT '',
        recorder TEXT NOT NULL DEFAULT '',
        record TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        summary_version INTEGER NOT NULL DEFAULT 0,
        state TEXT NOT NULL DEFAULT 'draft',
        issuer TEXT NOT NULL DEFAULT '',
        distribution TEXT NOT NULL DEFAULT '',
        issued TEXT
    """,
    "attendance": """
        meeting_id TEXT NOT NULL REFERENCES meeting(id),
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '出席',
        unit_id TEXT REFERENCES unit(id),
        title TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        ord INTEGER NOT NULL DEFAULT 0
    """,
    "agenda_item": """
        meeting_id TEXT NOT NULL REFERENCES meeting(id),
        title TEXT NOT NULL,
        presenter TEXT NOT NULL DEFAULT '',
        ord INTEGER NOT NULL DEFAULT 0
    """,
    "record_entry": """
        meeting_id TEXT NOT NULL REFERENCES meeting(id),
        agenda_id TEXT,
        speaker TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        ord INTEGER NOT NULL DEFAULT 0
    """,
    "decision": """
        meeting_id TEXT NOT NULL REFERENCES meeting(id),
        ord INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL,
        lead_unit_id TEXT REFERENCES unit(id),
        partner_unit_ids TEXT NOT NULL DEFAULT '[]',
        due TEXT,
        due_text TEXT NOT NULL DEFAULT '',
        task_id TEXT
    """,
    "summary_version": """
        meeting_id TEXT NOT NULL REFERENCES meeting(id),
        version INTEGER NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        final INTEGER NOT NULL DEFAULT 0
    """,
    "problem": """
        text TEXT NOT NULL,
        measure TEXT NOT NULL DEFAULT '',
        task_id TEXT,
        unit_id TEXT REFERENCES unit(id),
        due TEXT,
        due_text TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'open'
    """,
    "indicator": """
        name TEXT NOT NULL,
        target TEXT NOT NULL DEFAULT '',
        nature TEXT NOT NULL DEFAULT '预期性',
        measure_unit TEXT NOT NULL DEFAULT '',
        unit_id TEXT REFERENCES unit(id)
    """,
    "indicator_reading": """
        indicator_id TEXT NOT NULL REFERENCES indicator(id),
        period TEXT NOT NULL,
        value REAL
    """,
    "extension_request": """
        task_id TEXT NOT NULL REFERENCES task(id),
        old_due TEXT,
        old_due_text TEXT NOT NULL DEFAULT '',
        new_due TEXT,
        new_due_text TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'pending',
        answer TEXT NOT NULL DEFAULT ''
    """,
}

# Synced tables added after version 1, each with the migration that made it.
ATTACHMENT_TABLES = {
    # 佐证材料: the row names the file by its SHA-256; the bytes live in blob_chunk (local, content-addressed).
    "attachment": """
        target_table TEXT NOT NULL,
        target_id TEXT NOT NULL,
        purpose TEXT NOT NULL DEFAULT 'progress',
        sha256 TEXT NOT NULL,
        name TEXT NOT NULL,
        size INTEGER NOT NULL,
        mime TEXT NOT NULL DEFAULT '',
        unit_id TEXT REFERENCES unit(id),
        attached TEXT NOT NULL
    """,
}

V1_INDEXES = [
    "CREATE INDEX task_due ON task(due)",
    "CREATE INDEX task_lead ON task(lead_unit_id)",
    "CREATE INDEX task_status ON task(status)",
    "CREATE INDEX task_section ON task(section, seq)",
    "CREATE INDEX progress_task ON progress(task_id, date)",
    "CREATE INDEX attendance_meeting ON attendance(meeting_id, ord)",
    "CREATE INDEX agenda_meeting ON agenda_item(meeting_id, ord)",
    "CREATE INDEX entry_meeting ON record_entry(meeting_id, ord)",
    "CREATE INDEX decision_meeting ON decision(meeting_id, ord)",
    "CREATE INDEX meeting_date ON meeting(date)",
    "CREATE INDEX unit_code ON unit(code)",
]

# Local, never synced: settings and identity, the change counter, the audit trail, monthly lights,
# the user's holiday table, search.
V1_LOCAL = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE counter (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
    "INSERT INTO counter VALUES ('site_seq', 0)",
    """CREATE TABLE audit (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        tbl TEXT NOT NULL, row_id TEXT NOT NULL, action TEXT NOT NULL,
        changes TEXT NOT NULL DEFAULT '{}', actor TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL, site_seq INTEGER)""",
    "CREATE INDEX audit_row ON audit(tbl, row_id)",
    """CREATE TABLE light_month (
        task_id TEXT NOT NULL, month TEXT NOT NULL, light TEXT,
        PRIMARY KEY (task_id, month)) WITHOUT ROWID""",
    "CREATE TABLE holiday (day TEXT PRIMARY KEY, workday INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL DEFAULT '')",
]
