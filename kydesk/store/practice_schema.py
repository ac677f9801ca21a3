"""三单制 and 指标 columns and tables (migration "practice"): problems with their source, partners and 销号,
indicators with 领域, base and target year, readings with their source, and tasks as projects (投资, 形象进度)
with milestones and monthly investment.

New columns are added to the V1 tables; the new tables are synced like the V1 ones (schema.SYNC_COLUMNS,
migrations.sync_triggers) and listed in TABLES in reference order.
"""

# (table, column definition) added to existing tables; all carry defaults so old rows and old peers' packages
# (which lack them) still read.
NEW_COLUMNS = [
    ("problem", "source TEXT NOT NULL DEFAULT ''"),           # 推进会 / 督查 / 调研 / 上级反馈 / 群众反映
    ("problem", "meeting_id TEXT"),                           # the 推进会 that found it
    ("problem", "decision_id TEXT"),                          # the 议定事项 it was recorded from
    ("problem", "partner_unit_ids TEXT NOT NULL DEFAULT '[]'"),
    ("problem", "leader TEXT NOT NULL DEFAULT ''"),
    ("problem", "person TEXT NOT NULL DEFAULT ''"),
    ("problem", "start TEXT"),                                # from when 序时 counts (the day it was listed)
    ("problem", "fixed_date TEXT"),                           # 已整改
    ("problem", "closed_date TEXT"),                          # 已销号 (confirmed by the 专班)
    ("problem", "closing_note TEXT NOT NULL DEFAULT ''"),     # what was checked at 销号
    ("problem", "ord INTEGER NOT NULL DEFAULT 0"),
    ("indicator", "field TEXT NOT NULL DEFAULT ''"),          # 领域
    ("indicator", "base_value REAL"),
    ("indicator", "base_year INTEGER"),
    ("indicator", "target_year INTEGER"),
    ("indicator", "note TEXT NOT NULL DEFAULT ''"),           # e.g. 以省上下达指标为准 for a "*" target
    ("indicator", "ord INTEGER NOT NULL DEFAULT 0"),
    ("indicator_reading", "source TEXT NOT NULL DEFAULT ''"),
    ("indicator_reading", "date TEXT"),
    ("task", "project TEXT NOT NULL DEFAULT ''"),             # '' | 重点项目 | 标杆项目
    ("task", "plan_invest REAL"),                             # 计划总投资, 万元
    ("task", "year_invest REAL"),                             # 年度计划投资, 万元
    ("task", "image_progress TEXT NOT NULL DEFAULT ''"),      # 形象进度
]

TABLES = {
    "problem_progress": """
        problem_id TEXT NOT NULL REFERENCES problem(id),
        date TEXT NOT NULL,
        text TEXT NOT NULL,
        fixed INTEGER NOT NULL DEFAULT 0,
        unit_id TEXT REFERENCES unit(id)
    """,
    "milestone": """
        task_id TEXT NOT NULL REFERENCES task(id),
        title TEXT NOT NULL,
        date TEXT NOT NULL,
        done_date TEXT,
        ord INTEGER NOT NULL DEFAULT 0
    """,
    "investment": """
        task_id TEXT NOT NULL REFERENCES task(id),
        month TEXT NOT NULL,
        amount REAL NOT NULL,
        image TEXT NOT NULL DEFAULT ''
    """,
}

INDEXES = [
    "CREATE INDEX problem_progress_problem ON problem_progress(problem_id, date)",
    "CREATE INDEX milestone_task ON milestone(task_id, date)",
    "CREATE INDEX investment_task ON investment(task_id, month)",
    "CREATE INDEX reading_indicator ON indicator_reading(indicator_id, period)",
    "CREATE INDEX task_project ON task(project)",
]
