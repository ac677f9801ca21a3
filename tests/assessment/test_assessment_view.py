"""The 考核 view, the 晾晒 on 工作台 and graded notices from the 作战图, on the year built through the CLI."""
from datetime import date

import pytest


@pytest.fixture
def ctx(cli, year, qapp):
    from kydesk.services.setup import open_site
    from kydesk.ui.main_window import AppContext
    from kydesk.ui.worker import SyncPool

    db = open_site(cli.db_path)
    context = AppContext(db, pool=SyncPool(), open_db=lambda: open_site(cli.db_path))
    context.today = date(2026, 7, 15)
    yield context
    db.close()


def test_ranking_details_and_exports(ctx, qtbot, tmp_path):
    from kydesk.ui.views.assessment import View

    view = View(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    t = view.ranking
    rows = [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]
    assert rows == [["1", "市发改委", "1.5", "0.5", "99"], ["2", "市住建局", "2", "0", "98"],
                    ["3", "市文旅局", "17", "1", "84"]]
    t.setCurrentCell(2, 1)
    d = view.details
    details = [[d.item(r, c).text() for c in range(d.columnCount())] for r in range(d.rowCount())]
    assert ["约谈（牵头）", "景区创建", "2026-06", "-5"] in details and len(details) == 8
    assert ["提前完成（牵头）", "招商推介会", "2026-05", "+1"] in details
    assert "市文旅局：得分 84" in view.detail_title.text()
    assert "3–6月" in view.months.text()
    view.export("pdf", str(tmp_path / "考核.pdf"))
    assert (tmp_path / "考核.pdf").exists() and "已生成2026年度考核结果表" in view.message.text()
    assert view.folder_btn.isVisibleTo(view)
    view.tabs.setCurrentIndex(1)
    m = view.midyear
    culture = next(r for r in range(m.rowCount()) if m.item(r, 0).text() == "市文旅局")
    assert [m.item(culture, c).text() for c in (1, 2, 3, 6, 7)] == ["2", "1", "1", "是", "景区创建"]
    view.export("xlsx", str(tmp_path / "过半.xlsx"))
    assert (tmp_path / "过半.xlsx").exists() and "过半任务交账表" in view.message.text()


def test_interview_months_setting_is_stored(ctx, qtbot):
    from kydesk.services.notices import interview_months
    from kydesk.ui.views.assessment import View

    view = View(ctx)
    qtbot.addWidget(view)
    assert view.interview.value() == 3
    view.interview.setValue(5)
    assert interview_months(ctx.db) == 5


def test_home_shows_the_ranking_in_december_only(ctx, qtbot):
    from kydesk.ui.views.home import View

    home = View(ctx)
    qtbot.addWidget(home)
    home.show()
    qtbot.waitExposed(home)
    assert not home.ranking.isVisible()                     # July
    ctx.today = date(2026, 12, 20)
    home.refresh()
    assert home.ranking.isVisible() and "2026年度考核晾晒" in home.ranking.title.text()
    tree = home.ranking.tree
    assert [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())][0] == "市发改委"


def test_warroom_issues_the_chosen_grade(ctx, qtbot, tmp_path, year):
    import pdfplumber

    from kydesk.ui.views.warroom import View

    ctx.today = date(2026, 7, 15)
    view = View(ctx)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    view.grade.setCurrentIndex(2)                           # 约谈通知: only A has been red three months running
    assert view.notice_btn.text().startswith("约谈通知")
    view.make_notices(str(tmp_path / "约谈.pdf"))
    with pdfplumber.open(tmp_path / "约谈.pdf") as doc:
        assert len(doc.pages) == 1
        text = doc.pages[0].extract_text().replace(" ", "")
    assert "约谈通知" in text and "景区创建" in text and "约谈〔2026〕" in text
    assert "约谈〔2026〕" in view.message.text()
