"""services.ledger: filtered, sorted, grouped ids with counts; the start page; timeline and audit trail;
reading a typed deadline; undo snapshots; units and settings helpers the desk uses."""
from datetime import date

import pytest

from kydesk.domain.errors import KydeskError, ValidationError
from kydesk.services import ledger, meetings, settings, tasks, units
from kydesk.services.ledger import LedgerQuery

TODAY = date(2024, 7, 15)


@pytest.fixture
def book(db):
    def add(title, **kw):
        return tasks.add_task(db, title=title, today=TODAY, **kw).id

    ids = {
        "plan": add("编制规划", section="二、规划提升", lead_unit="发改局", partner_units=["民政局"], person="张华",
                    due="6月底前", start="2024-01-01", status="active", percent=50),
        "road": add("修建步道", section="三、项目建设", lead_unit="林业局", partner_units="文旅局、发改局",
                    leader="王华明", due="2024-12-31", start="2024-07-01", status="active", key=True),
        "fair": add("招商推介", section="十一、招商引资", lead_unit="商务局", person="周敏", due="7月20日前",
                    start="2024-07-01", status="active"),
        "old": add("旧任务", section="一、综合", lead_unit="民政局", due="5月底前", status="done"),
        "long": add("长期督导", section="一、综合", lead_unit="发改局", due="长期坚持", start="2024-01-01",
                    status="active"),
    }
    tasks.add_progress(db, ids["road"], text="完成张华村段选线", percent=10, on=TODAY)
    return ids


def titles(db, q):
    result = ledger.query_ledger(db, q, TODAY)
    return [r.task.title for r in ledger.load_rows(db, result.ids, TODAY)]


def test_filters_combine_in_sql(db, book):
    assert set(titles(db, LedgerQuery(unit="发改局"))) == {"编制规划", "修建步道", "长期督导"}   # lead or partner
    assert titles(db, LedgerQuery(unit="发改局", light="red")) == ["长期督导", "编制规划"]   # no report since January
    assert set(titles(db, LedgerQuery(search="张华"))) == {"编制规划", "修建步道"}   # a person, and a progress line
    assert titles(db, LedgerQuery(search="王华")) == ["修建步道"]                      # part of a leader's name
    assert titles(db, LedgerQuery(person="周敏")) == ["招商推介"]
    assert titles(db, LedgerQuery(key_only=True)) == ["修建步道"]
    assert set(titles(db, LedgerQuery(status="open"))) == {"编制规划", "修建步道", "招商推介", "长期督导"}
    assert titles(db, LedgerQuery(status="done")) == ["旧任务"]
    assert titles(db, LedgerQuery(due_from=date(2024, 7, 1), due_to=date(2024, 7, 31))) == ["招商推介"]
    assert titles(db, LedgerQuery(light="none")) == ["旧任务"]
    result = ledger.query_ledger(db, LedgerQuery(unit="林业局"), TODAY)
    assert result.count_text == "显示 1 / 共 5 项"


def test_sections_sort_by_their_numeral_not_by_code_point(db, book):
    # code points would give 一 三 二 十一; the ledger reads 一 二 三 … 十一
    assert titles(db, LedgerQuery()) == ["旧任务", "长期督导", "编制规划", "修建步道", "招商推介"]
    grouped = ledger.query_ledger(db, LedgerQuery(group="section"), TODAY)
    assert [(g.label, g.start, g.count) for g in grouped.groups] == [
        ("一、综合", 0, 2), ("二、规划提升", 2, 1), ("三、项目建设", 3, 1), ("十一、招商引资", 4, 1)]


@pytest.mark.parametrize("group, labels", [
    ("light", ["红灯", "黄灯", "绿灯", "不亮灯（已完成或已取消）"]),
    ("status", ["推进中", "已完成"]),
    ("month", ["2024年5月到期", "2024年6月到期", "2024年7月到期", "2024年12月到期", "长期坚持 / 未定时限"]),
    ("unit", ["发改局", "商务局", "林业局", "民政局"]),                      # by code point
])
def test_groups_have_labels_and_counts(db, book, group, labels):
    result = ledger.query_ledger(db, LedgerQuery(group=group), TODAY)
    assert [g.label for g in result.groups] == labels
    assert sum(g.count for g in result.groups) == result.shown == 5
    starts = [g.start for g in result.groups]
    assert starts == sorted(starts) and starts[0] == 0


def test_sort_directions(db, book):
    assert titles(db, LedgerQuery(sort="due"))[-1] == "长期督导"            # undated last
    assert titles(db, LedgerQuery(sort="due", desc=True))[-1] == "长期督导"
    assert titles(db, LedgerQuery(sort="light"))[0] == "编制规划"            # red first
    assert titles(db, LedgerQuery(sort="light", desc=True))[0] == "旧任务"   # not lit first


def test_start_page(db, book):
    m = meetings.add_meeting(db, title="第一次推进会", date_=date(2024, 7, 1))
    meetings.decide(db, m.id, text="月底前完成选址", lead_unit="林业局", due="7月底前", make_task=True,
                    today=date(2024, 7, 1))
    meetings.decide(db, m.id, text="做好宣传", today=date(2024, 7, 1))
    meetings.add_meeting(db, title="第二次推进会", date_=date(2024, 7, 29), place="三楼会议室")
    home = ledger.home_summary(db, TODAY)
    assert (home.total, home.done) == (6, 1)
    assert [r.task.title for r in home.lit][:1] == ["编制规划"]
    # red: overdue, no report since January; yellow: 招商推介 due in 5 days (started on 7月1日, so not judged
    # behind 序时进度 before its first report at the end of July); the decision of 7月1日 is green for the same reason
    assert (home.red, home.yellow) == (2, 1)
    assert home.lit[0].light_text == "已逾期15天" and home.lit[0].days_text == "逾期15天"
    assert [r.task.title for r in home.this_week] == ["招商推介"]
    assert home.this_week[0].days_text == "剩5天"
    assert [r.task.title for r in home.next_week] == []
    assert home.next_meeting["title"] == "第二次推进会" and home.last_meeting["title"] == "第一次推进会"
    assert [d["text"] for d in home.open_decisions] == ["月底前完成选址", "做好宣传"]
    tasks.mark_done(db, home.open_decisions[0]["task_id"], on=TODAY)
    assert [d["text"] for d in ledger.home_summary(db, TODAY).open_decisions] == ["做好宣传"]
    by_unit = {u["name"]: (u["tasks"], u["done"], u["red"]) for u in home.units}
    assert by_unit["发改局"] == (2, 0, 2) and by_unit["民政局"] == (1, 1, 0)


def test_no_meeting_planned_proposes_a_date(db, book):
    home = ledger.home_summary(db, TODAY)
    assert home.next_meeting is None and home.proposed_meeting == TODAY


def test_timeline_and_audit_trail_in_words(db, book):
    task_id = book["plan"]
    tasks.add_progress(db, task_id, text="初稿完成", percent=70, on=date(2024, 6, 1))
    tasks.postpone(db, task_id, due="9月底前", reason="征求意见", today=TODAY)
    tasks.update_task(db, task_id, lead_unit="民政局", partner_units=["发改局", "林业局"], today=TODAY)
    tasks.mark_done(db, task_id, on=TODAY)
    line = ledger.timeline(db, task_id)
    assert [(e.kind, e.text) for e in line][-1] == ("进展", "初稿完成")
    assert any(e.kind == "延期" and e.text == "6月底前 → 9月底前；理由：征求意见" for e in line)
    trail = ledger.audit_trail(db, task_id)
    assert [e.action for e in trail][-1] == "新建任务"
    words = " / ".join(e.detail for e in trail)
    assert "状态：推进中 → 已完成" in words and "进度：70% → 100%" in words
    assert "牵头单位：发改局 → 民政局" in words and "配合单位：民政局 → 发改局、林业局" in words
    assert "时限：6月底前 → 9月底前" in words
    assert any(e.action == "记录进展" and "初稿完成" in e.detail for e in trail)
    assert any(e.action == "延期" and "征求意见" in e.detail for e in trail)


def test_preview_deadline(db):
    assert ledger.preview_deadline(db, "7月底前", TODAY) == (True, "→ 2024年7月31日（周三）")
    assert ledger.preview_deadline(db, "长期坚持", TODAY) == (True, "长期任务，不设日期")
    assert ledger.preview_deadline(db, "每月5日前", TODAY) == (True, "周期任务，下次 2024年8月5日（周一）")
    ok, why = ledger.preview_deadline(db, "明年某天", TODAY)
    assert not ok and "无法识别" in why
    assert ledger.preview_deadline(db, "  ", TODAY) == (True, "")


def test_restore_state_undoes_and_refuses_after_a_foreign_change(db, book):
    task_id = book["road"]
    before = ledger.task_state(db, task_id)
    tasks.update_task(db, task_id, percent=40, today=TODAY)
    after = ledger.task_state(db, task_id)
    undone = ledger.restore_state(db, task_id, before, expect=after)
    assert tasks.get_task(db, task_id).percent == 10            # as it was after its progress report
    left = undone.extra["state"]
    tasks.update_task(db, task_id, title="别人改的名字", today=TODAY)  # e.g. an imported package
    with pytest.raises(KydeskError, match="不能撤销"):
        ledger.restore_state(db, task_id, after, expect=left)
    assert tasks.get_task(db, task_id).title == "别人改的名字"


def test_adding_a_task_that_fails_keeps_no_new_unit(db):
    units_before = db.conn.execute("SELECT count(*) FROM unit").fetchone()[0]
    with pytest.raises(ValidationError) as e:
        tasks.add_task(db, title="有问题的任务", lead_unit="新建的单位", due="不存在的时限", today=TODAY)
    assert e.value.field == "due"
    with pytest.raises(ValidationError) as e:
        tasks.add_task(db, title="有问题的任务", start="2024-02-30", today=TODAY)
    assert e.value.field == "start"
    assert db.conn.execute("SELECT count(*) FROM unit").fetchone()[0] == units_before


def test_units_and_people_helpers(db, book):
    uid = next(u["id"] for u in ledger.unit_overview(db) if u["name"] == "发改局")
    assert next(u["tasks"] for u in ledger.unit_overview(db) if u["id"] == uid) == 2
    units.rename_unit(db, uid, "发展改革局")
    assert tasks.get_task(db, book["road"]).partner_units == ["文旅局", "发展改革局"]
    with pytest.raises(ValidationError, match="重名"):
        units.rename_unit(db, uid, "林业局")
    units.update_unit(db, uid, code="611002-01")
    assert units.units.find_unit(db, "611002-01").name == "发展改革局"
    with pytest.raises(ValidationError, match="还有任务"):
        units.set_unit_deleted(db, uid)
    pid = units.add_person(db, name="李四", unit="发展改革局", title="科长").id
    units.update_person(db, pid, phone="0914-1234567", unit="林业局")
    (person, unit_name), = [(p, u) for p, u in units.list_people(db) if p.id == pid]
    assert (person.phone, unit_name, person.title) == ("0914-1234567", "林业局", "科长")
    with pytest.raises(ValidationError):
        units.update_person(db, pid, name="  ")
    picks = ledger.pick_lists(db)
    assert "发展改革局" in picks.units and "李四" in picks.persons and picks.sections[0] == "一、综合"


def test_settings_page_values(db, tmp_path):
    values = settings.current_settings(db)
    assert (values["unit_code"], values["org_name"], values["warn_days"]) == ("611002", "商州区康养专班", "7")
    with pytest.raises(ValidationError) as e:
        settings.save_settings(db, font_heiti=str(tmp_path / "none.ttf"))
    assert e.value.field == "font_heiti"
    settings.save_settings(db, font_heiti="")
    assert settings.current_settings(db)["font_heiti"] == ""
