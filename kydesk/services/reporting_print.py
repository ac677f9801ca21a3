"""The 报送情况 list written out: PDF (printing.reporting) or Excel (xlsx.report_tables' sheet helpers)."""
from __future__ import annotations

from pathlib import Path

from kydesk.domain.errors import KydeskError
from kydesk.services.reporting import STATUS_NAMES, PeriodReporting, due_label, reminder_text
from kydesk.store.db import Database


def _rows(data: PeriodReporting) -> list[dict]:
    return [{"unit": u.unit, "tasks": u.tasks, "reported": u.reported, "status": STATUS_NAMES[u.status],
             "received": u.received.isoformat() if u.received else "", "unreported": "；".join(u.unreported)}
            for u in data.units]


def write(db: Database, data: PeriodReporting, out) -> Path:
    """Write the list to `out` (.xlsx: Excel, .pdf or anything else: PDF). Returns the path."""
    out = Path(out)
    if out.suffix.lower() == ".docx":
        raise KydeskError("报送情况清单可导出为 PDF（.pdf）或 Excel（.xlsx），不提供 Word 版")
    if out.is_dir() or not out.parent.is_dir():
        raise KydeskError(f"无法写入 {out}：请给出一个已存在文件夹中的文件名")
    title = f"{data.org}{data.period.label}进展报送情况"
    subtitle = f"报送截止：{due_label(data.due)}　　应报单位 {len(data.units)} 个，未报送 {len(data.missing)} 个"
    reminder = reminder_text(db, data)
    if out.suffix.lower() == ".xlsx":
        from kydesk.xlsx.report_tables import write_reporting

        try:
            return write_reporting(out, _rows(data), title=title, subtitle=subtitle, reminder=reminder)
        except PermissionError as e:
            raise KydeskError(f"无法写入 {out}：文件可能正在 Excel/WPS 中打开，请关闭后重试（{e.strerror or e}）") from None
    from kydesk.printing.reporting import ReportingRow, build_reporting_pdf

    rows = [ReportingRow(r["unit"], r["tasks"], r["reported"], r["status"], r["received"], r["unreported"])
            for r in _rows(data)]
    return build_reporting_pdf(title, subtitle, rows, reminder, out).path
