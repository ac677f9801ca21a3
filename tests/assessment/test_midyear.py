"""过半任务交账: per unit, tasks due by 6月30日 done or not, and 时间过半任务过半 (JSON, PDF, Excel)."""
import json


def test_midyear_of_the_built_year(cli, year, tmp_path):
    rows = {r["unit"]: r for r in json.loads(cli.ok("report", "midyear", "--year", "2026", "--json"))}
    assert set(rows) == {"市文旅局", "市住建局", "市发改委"}
    culture = rows["市文旅局"]            # A (due 3月31日, 10%) open, C (due 6月30日) done on 5月1日
    assert (culture["due_by_midyear"], culture["done_by_midyear"], culture["undone"]) == (2, 1, ["景区创建"])
    assert (culture["tasks"], culture["done"], culture["progress"], culture["half"]) == (2, 1, 55.0, True)
    housing = rows["市住建局"]            # B due at the year's end, 40%
    assert (housing["due_by_midyear"], housing["progress"], housing["half"]) == (0, 40.0, False)
    assert rows["市发改委"]["half"] is True          # D at 50%
    pdf, xlsx = tmp_path / "过半.pdf", tmp_path / "过半.xlsx"
    assert cli.ok("report", "midyear", "--year", "2026", "-o", pdf) == str(pdf)
    cli.ok("report", "midyear", "--year", "2026", "-o", xlsx)
    import openpyxl
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        flat = "".join(p.extract_text() or "" for p in doc.pages).replace(" ", "").replace("\n", "")
    assert "商洛市康养专班2026年过半任务交账表" in flat and "景区创建" in flat and "2026年6月30日" in flat
    ws = openpyxl.load_workbook(xlsx)["交账情况"]
    cells = [[c.value for c in r] for r in ws.iter_rows()]
    culture_row = next(r for r in cells if r[1] == "市文旅局")
    assert culture_row[2:6] == [2, 1, 1, 2] and culture_row[9] == "是"
    assert any(r[1] == "合计" and r[2] == 2 for r in cells)


def test_midyear_before_the_year_is_a_user_error(cli, year):
    code, out, err = cli("report", "midyear", "--year", "2027", "--json")
    assert code == 1 and out == "" and "2027年尚未开始" in err
