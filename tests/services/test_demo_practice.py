"""The demo's 三单制 and 指标: problems in every state (one recorded from a 推进会), projects with monthly
investment and milestones, the Baoji indicator table with readings, on any day of the year."""
from datetime import date

import pytest

from kydesk.services import indicators, problems, projects
from kydesk.services.setup import init_site


@pytest.mark.parametrize("today", [date(2024, 7, 15), date(2025, 1, 20), date(2025, 12, 30)])
def test_demo_practice(tmp_path, today):
    db = init_site(tmp_path / "demo.db", unit_code="611000", unit_name="商洛市康养之都建设工作专班", level="city",
                   demo=True, today=today)
    try:
        found = problems.list_problems(db, today=today)
        statuses = {p.status.value for p, _ in found}
        assert statuses == {"open", "fixed", "closed"}
        assert {lit.value for _, lit in found if lit} >= {"red", "green"}
        assert {"督查", "调研", "群众反映", "上级反馈", "推进会"} <= {p.source for p, _ in found}
        assert any(p.decision_id for p, _ in found), "one recorded from a meeting's decided item"
        made = projects.list_projects(db, today=today)
        assert len(made) == 5
        assert all(p.plan_invest and p.year_invest and p.done_invest for p in made)
        assert all(p.milestones for p in made)
        table = [v for v in indicators.list_indicators(db) if v.row.field]
        assert len(table) == 32
        assert {v.status for v in table} >= {"on_track", "behind"}
        assert all(len(v.row.readings) == 3 for v in table)
        assert next(v for v in table if v.row.target == "80*").row.note == "以省上下达指标为准"
    finally:
        db.close()
