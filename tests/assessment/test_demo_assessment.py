"""The demo database shows an assessment: recorded months, notices, a postponement, sources, a ranking."""
from datetime import date


def test_demo_has_an_assessment_to_show(tmp_path):
    from kydesk.services import assessment, task_sources, tasks
    from kydesk.services.setup import init_site

    today = date(2024, 11, 20)
    db = init_site(tmp_path / "demo.db", unit_code="611000", unit_name="商洛市康养之都建设工作专班", level="city",
                   demo=True, today=today)
    try:
        data = assessment.assessment_data(db, 2024, today)
        assert data.months == ["2024-07", "2024-08", "2024-09", "2024-10"]
        assert len(data.units) >= 10 and data.units[0].rank == 1
        rules = {i.key for u in data.units for i in u.deductions}
        assert {"red_month", "supervision", "postponement"} <= rules
        assert data.units[-1].score < data.units[0].score
        found = tasks.list_tasks(db, today=today)
        kinds = {task_sources.get_source(db, t.id)["kind"] for t, _ in found}
        assert {"年度计划", "会议议定", "领导批示"} <= kinds
    finally:
        db.close()
