"""督办单 (one page per red task, numbered per year), 季度通报 sections, 月调度表 tables."""
from datetime import date

import pytest

from kydesk.domain.errors import KydeskError, ValidationError
from tests.conftest import TODAY
from tests.printing.warroom.conftest import words

REDS = ["逾期未完成的景区创建", "上年遗留的消防整改"]


def test_red_task_ids_in_chart_order(db, ledger):
    from kydesk.services import reports

    assert sorted(reports.red_task_ids(db, TODAY)) == sorted(ledger[t] for t in REDS)


def test_one_notice_page_per_red_task_numbered_per_year(db, ledger, tmp_path):
    from kydesk.services import reports, tasks

    tasks.add_progress(db, ledger["逾期未完成的景区创建"], text="已完成资源评价，正在准备评审材料", percent=40,
                       on=date(2024, 7, 1))
    ids = reports.red_task_ids(db, TODAY)
    result = reports.notice_pdf(db, ids, tmp_path / "n.pdf", today=TODAY)
    assert result.pages == 2
    pages = words(result.path)
    assert len(pages) == 2
    assert result.numbers == ["督办〔2024〕1号", "督办〔2024〕2号"]
    for page, number in zip(pages, result.numbers):
        assert "督 办 单" in page and number in page and "商州区康养专班" in page
        for label in ("督办事项", "任务来源", "承办单位", "责任领导", "责任人", "原定时限", "现时限", "逾期天数",
                      "最新进展", "办复要求"):
            assert label in page
        assert "2024年7月15日" in page
    scenic = next(p for p in pages if "逾期未完成的景区创建" in p)
    assert "牵头单位：市文旅局" in scenic and "配合单位：市住建局、市林业局" in scenic
    assert "李副区长" in scenic and "张华" in scenic
    assert "已逾期15天" in scenic                                  # June 30 -> July 15
    assert "已完成资源评价" in scenic and "2024年7月1日" in scenic
    assert "个工作日内" in scenic and "书面报送" in scenic
    # printed again this month: the same numbers; next month: new ones
    again = reports.notice_pdf(db, [ledger["上年遗留的消防整改"]], tmp_path / "again.pdf", today=TODAY)
    assert again.numbers == [dict(zip(ids, result.numbers))[ledger["上年遗留的消防整改"]]]
    later = reports.notice_pdf(db, [ledger["上年遗留的消防整改"]], tmp_path / "later.pdf", today=date(2024, 8, 5))
    assert later.numbers == ["督办〔2024〕3号"]
    assert db.meta("notice_seq_2024") == "3"


def test_notice_for_a_task_that_is_not_red_is_refused_and_numbers_nothing(db, ledger, tmp_path):
    from kydesk.services import reports

    with pytest.raises(KydeskError, match="黄灯"):
        reports.notice_pdf(db, [ledger["临期的招商推介会"]], tmp_path / "x.pdf", today=TODAY)
    with pytest.raises(KydeskError, match="已完成"):
        reports.notice_pdf(db, [ledger["已办结的规划编制"]], tmp_path / "x.pdf", today=TODAY, force=True)
    assert db.meta("notice_seq_2024") is None and not (tmp_path / "x.pdf").exists()
    forced = reports.notice_pdf(db, [ledger["临期的招商推介会"]], tmp_path / "y.pdf", today=TODAY, force=True)
    assert forced.pages == 1 and "未逾期" in words(forced.path)[0]


def test_failed_notice_print_keeps_no_number(db, ledger, tmp_path):
    from kydesk.services import reports

    with pytest.raises(KydeskError, match="不存在"):
        reports.notice_pdf(db, reports.red_task_ids(db, TODAY), tmp_path / "missing" / "n.pdf", today=TODAY)
    assert db.meta("notice_seq_2024") is None


def test_period_parsing():
    from kydesk.services.reports import parse_period

    q = parse_period("2024Q2")
    assert (q.first, q.last, q.quarter) == (date(2024, 4, 1), date(2024, 6, 30), 2)
    assert parse_period("2024q3").key == "2024Q3"
    m = parse_period("2024-6")
    assert (m.key, m.first, m.last) == ("2024-06", date(2024, 6, 1), date(2024, 6, 30))
    for bad in ("2024Q5", "2024-13", "去年", ""):
        with pytest.raises(ValidationError, match="2024Q2"):
            parse_period(bad)


def test_bulletin_sections_ranking_problems_and_requirements(db, ledger, tmp_path):
    from kydesk.services import reports, warroom

    warroom.record_month_lights(db, "2024-06", date(2024, 6, 30))
    reports.set_bulletin_requirements(db, "2024Q3", "请各单位于9月底前完成整改。\n\n专班将开展专项督查。")
    result = reports.bulletin_pdf(db, "2024Q3", tmp_path / "b.pdf", today=TODAY)
    text = "".join(words(result.path)).replace("\n", "")
    for heading in ("一、总体情况", "二、进展情况", "三、存在问题", "四、下步要求"):
        assert heading in text
    assert text.index("一、总体情况") < text.index("二、进展情况") < text.index("三、存在问题") < text.index("四、下步要求")
    assert "关于2024年第三季度重点任务推进情况的通报" in text
    assert "共有重点任务7项，已完成1项" in text and "序时进度" in text
    assert "（一）" in text and "市文旅局" in text
    assert "逾期未完成的景区创建" in text and "上年遗留的消防整改" in text     # red tasks under 存在问题
    assert "请各单位于9月底前完成整改。" in text and "专班将开展专项督查。" in text
    assert "— 1 —" in words(result.path)[0]
    assert reports.bulletin_requirements(db, "2024Q3").startswith("请各单位")


def test_bulletin_lists_tasks_yellow_two_months_running(db, ledger, tmp_path):
    from kydesk.services import reports

    fair = ledger["临期的招商推介会"]
    db.execute("INSERT INTO light_month (task_id, month, light) VALUES (?, '2024-06', 'yellow')", [fair])
    data = reports.bulletin_data(db, "2024-07", TODAY)
    problems = {p.title: p for _, items in data.problems for p in items}
    assert problems["临期的招商推介会"].streak == 2 and not problems["临期的招商推介会"].why
    assert "已逾期15天" in problems["逾期未完成的景区创建"].why
    assert not reports.bulletin_requirements(db, "2024-07")
    text = "".join(words(reports.bulletin_pdf(db, "2024-07", tmp_path / "m.pdf", today=TODAY).path))
    assert "连续2个月亮黄灯" in text.replace("\n", "") and "2024年7月" in text


def test_bulletin_for_a_period_not_begun_is_refused(db, tmp_path):
    from kydesk.services import reports

    with pytest.raises(ValidationError, match="尚未开始"):
        reports.bulletin_pdf(db, "2024Q4", tmp_path / "b.pdf", today=TODAY)


def test_dispatch_records_the_month_and_lists_overdue(db, ledger, tmp_path):
    from kydesk.services import reports, tasks

    tasks.add_progress(db, ledger["按序时推进的产业链清单"], text="清单初稿已形成", percent=65, on=date(2024, 7, 8))
    result = reports.dispatch_pdf(db, "2024-07", tmp_path / "d.pdf", today=TODAY)
    text = "".join(words(result.path)).replace("\n", "")
    assert "2024年7月重点任务调度表" in text and "一、各单位任务推进情况" in text and "二、本月逾期任务清单" in text
    assert "合计" in text and "市文旅局" in text
    assert "“按序时推进的产业链清单”：清单初稿已形成（65%）" in text.replace(" ", "")
    assert "逾期未完成的景区创建" in text and "15天" in text and "上年遗留的消防整改" in text
    months = {r[0] for r in db.conn.execute("SELECT DISTINCT month FROM light_month")}
    assert months == {"2024-06", "2024-07"}                    # the ended month closed, this month recorded
    data = reports.dispatch_data(db, "2024-07", TODAY)
    assert [r.title for r in data.overdue][0] == "上年遗留的消防整改"        # most days overdue first
    assert data.total.total == 7 and data.total.done == 1 and data.total.red == 2


def test_a_notice_with_very_long_texts_stays_on_one_page(db, ledger, tmp_path):
    from kydesk.services import reports, tasks

    tid = ledger["逾期未完成的景区创建"]
    tasks.update_task(db, tid, target="完成资源评价、景观质量评审、基础设施提升和智慧景区建设。" * 12)
    tasks.add_progress(db, tid, text="已组织专家开展现场踏勘，形成初步评价意见，正在修改完善申报材料。" * 30,
                       percent=30, on=date(2024, 7, 10))
    result = reports.notice_pdf(db, [tid], tmp_path / "long.pdf", today=TODAY)
    assert result.pages == 1
    page = words(result.path)[0]
    assert "办复要求" in page and "2024年7月15日" in page and "…" in page


def test_the_notice_lists_the_evidence_received(db, ledger, tmp_path):
    from kydesk.services import reports, tasks

    photo = tmp_path / "评审材料.pdf"
    photo.write_bytes(b"%PDF-1.4 evidence")
    tid = ledger["逾期未完成的景区创建"]
    tasks.add_progress(db, tid, text="已完成资源评价", percent=40, on=date(2024, 7, 1), today=TODAY, attach=[photo])
    result = reports.notice_pdf(db, [tid], tmp_path / "n.pdf", today=TODAY)
    [page] = words(result.path)
    flat = page.replace("\n", "")
    assert "佐证材料" in flat and "评审材料.pdf（7月1日）" in flat and "已收到1个" in flat.replace(" ", "")
    other = reports.notice_pdf(db, [ledger["上年遗留的消防整改"]], tmp_path / "m.pdf", today=TODAY)
    assert "佐证材料" not in words(other.path)[0]


def test_the_bulletin_counts_the_evidence_each_unit_sent(db, ledger, tmp_path):
    from kydesk.services import reports, tasks

    tid = ledger["逾期未完成的景区创建"]
    unit = tasks.get_task(db, tid).lead_unit
    files = []
    for name in ("评审材料.pdf", "现场照片.jpg"):
        f = tmp_path / name
        f.write_bytes(name.encode())
        files.append(f)
    tasks.add_progress(db, tid, text="已完成资源评价", on=date(2024, 7, 1), today=TODAY, attach=files)
    data = reports.bulletin_data(db, "2024-07", TODAY)
    assert {u.name: u.evidence for u in data.units}[unit] == 2
    text = "".join(words(reports.bulletin_pdf(db, "2024-07", tmp_path / "b.pdf", today=TODAY).path)).replace("\n", "")
    assert "已报送佐证材料2份" in text
