"""进展填报表: the workbook a member unit fills in each period (sheets 牵头任务 and 配合任务), written here;
xlsx.form_reader reads it back.

What makes a returned form trustworthy without a server: every cell but the answer columns is locked (sheet
protection without a password: it stops accidents, not intent), each row carries the task id and a digest
of its locked cells in two hidden columns, and a hidden sheet holds the form's marker (专班 code, period,
unit, form id).  The digest is one short hash per locked column, so an edit is reported with its cell.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from kydesk.xlsx.stream import Rows, Styles
from kydesk.xlsx.writer import BODY_FONT, BORDER, CENTER, HEAD_FILL, HEAD_FONT, LEFT, TITLE_FONT, save

MARKER_SHEET = "_kydesk"
MARKER_TAG = "kydesk-form"
FORMAT = 1
SHEETS = {"lead": "牵头任务", "partner": "配合任务"}
STATUSES = ("推进中", "已完成", "申请延期")
# key, header, width; the last two columns are hidden
COLUMNS = [("seq", "序号", 6), ("title", "任务", 28), ("target", "具体措施", 30), ("due", "时限", 12),
           ("last", "上期进展", 30), ("progress", "本期进展", 38), ("percent", "完成进度（%）", 9),
           ("status", "状态", 11), ("postpone", "申请延期至", 13), ("problem", "存在问题", 22),
           ("coord", "需协调事项", 22), ("id", "任务编号", 12), ("digest", "校验码", 12)]
KEYS = [k for k, _, _ in COLUMNS]
HEADERS = {label: key for key, label, _ in COLUMNS}
ANSWERS = ("progress", "percent", "status", "postpone", "problem", "coord")
CHECKED = ("title", "target", "due", "last")        # the locked cells the digest covers
LABELS = {"title": "任务名称", "target": "具体措施", "due": "时限", "last": "上期进展", "seq": "序号"}
HEADER_ROW = 5
SPARE_ROWS = 10          # open rows under the tasks, for 新增事项建议
LOCKED = Protection(locked=True)
OPEN = Protection(locked=False)
ANSWER_FILL = PatternFill("solid", fgColor="FFFFFF")
LOCKED_FILL = PatternFill("solid", fgColor="EDEDED")
NOTE_FONT = Font(name="宋体", size=10)
WRAP_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)


@dataclass
class FormTask:
    id: str
    title: str
    target: str = ""
    due: str = ""
    last: str = ""


@dataclass
class FormSpec:
    org_code: str
    org_name: str
    unit_id: str
    unit_name: str
    period: str            # "2026-12"
    period_label: str      # "2026年12月"
    due: date
    due_label: str         # "2026年12月7日（星期一）"
    contact: str
    form_id: str
    lead: list[FormTask] = field(default_factory=list)
    partner: list[FormTask] = field(default_factory=list)


def digest(form_id: str, key: str, value: str) -> str:
    return hashlib.sha256(f"{form_id}|{key}|{value}".encode()).hexdigest()[:6]


def row_digest(form_id: str, values: dict[str, str]) -> str:
    return "-".join(digest(form_id, k, values.get(k, "")) for k in CHECKED)


def file_name(spec: FormSpec) -> str:
    return f"{spec.period_label}-{spec.unit_name}-进展填报表.xlsx"


def write_form(out, spec: FormSpec) -> Path:
    # an ordinary workbook, not write_only: its rows are spliced in as XML anyway (xlsx.stream), and a
    # write_only sheet costs a temporary file each, which is most of a small form's time
    wb = Workbook()
    wb.remove(wb.active)
    rows = []
    for kind, tasks in (("lead", spec.lead), ("partner", spec.partner)):
        if tasks or kind == "lead":
            rows.append(_task_sheet(wb, spec, kind, tasks))
    rows.append(_marker(wb, spec))
    wb.properties.title = f"{spec.period_label}{spec.unit_name}进展填报表"
    wb.properties.subject = spec.org_name
    wb.properties.keywords = f"{MARKER_TAG};{spec.org_code};{spec.period};{spec.form_id}"
    wb.properties.creator = "kydesk"
    return save(wb, out, rows)


def _task_sheet(wb: Workbook, spec: FormSpec, kind: str, tasks: list[FormTask]) -> Rows:
    ws = wb.create_sheet(SHEETS[kind])
    width = len(COLUMNS)
    for c, (key, _, w) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
        if key in ("id", "digest"):
            ws.column_dimensions[get_column_letter(c)].hidden = True
    ws.freeze_panes = f"C{HEADER_ROW + 1}"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    st = Styles(ws)
    out = Rows(ws)
    shown = width - 2
    last = get_column_letter(shown)
    merge = ws.merged_cells.add
    title = f"{spec.org_name}{spec.period_label}工作进展填报表"
    out.add([(title, st.id(font=TITLE_FONT, align=CENTER, protection=LOCKED))], height=34)
    merge(f"A1:{last}1")
    part = "（本单位牵头的任务）" if kind == "lead" else "（本单位配合的任务：请填写本单位承担部分的进展）"
    line = f"填报单位：{spec.unit_name}{part}　　填报期：{spec.period_label}　　报送截止：{spec.due_label}"
    note = st.id(font=NOTE_FONT, align=WRAP_LEFT, protection=LOCKED)
    out.add([(line, note)], height=20)
    merge(f"A2:{last}2")
    out.add([(f"联系人：{spec.contact}", note)], height=20)
    merge(f"A3:{last}3")
    help_text = ("填写说明：只填写白底各列（本期进展必填；完成进度填 0–100 的整数；状态从下拉框选择，选“申请延期”时请填写"
                 "“申请延期至”和理由）；灰底单元格已锁定，请勿修改或删除行列。需新增的事项请写在表格下方空行，作为建议报专班。")
    out.add([(help_text, note)], height=42)
    merge(f"A4:{last}4")
    head = st.id(font=HEAD_FONT, align=CENTER, fill=HEAD_FILL, border=BORDER, protection=LOCKED)
    out.add([(label, head) for _, label, _ in COLUMNS], height=30)
    locked_left = st.id(font=BODY_FONT, align=LEFT, fill=LOCKED_FILL, border=BORDER, protection=LOCKED)
    locked_mid = st.id(font=BODY_FONT, align=CENTER, fill=LOCKED_FILL, border=BORDER, protection=LOCKED)
    open_left = st.id(font=BODY_FONT, align=LEFT, fill=ANSWER_FILL, border=BORDER, protection=OPEN)
    open_mid = st.id(font=BODY_FONT, align=CENTER, fill=ANSWER_FILL, border=BORDER, protection=OPEN)
    styles = {"seq": locked_mid, "title": locked_left, "target": locked_left, "due": locked_mid,
              "last": locked_left, "progress": open_left, "percent": open_mid, "status": open_mid,
              "postpone": open_mid, "problem": open_left, "coord": open_left, "id": locked_mid, "digest": locked_mid}
    for n, t in enumerate(tasks, start=1):
        values = {"seq": n, "title": t.title, "target": t.target, "due": t.due, "last": t.last, "id": t.id}
        values["digest"] = row_digest(spec.form_id, {k: str(values.get(k) or "") for k in CHECKED})
        out.add([(values.get(k), styles[k]) for k in KEYS], height=row_height(values))
    first, end = HEADER_ROW + 1, HEADER_ROW + len(tasks) + SPARE_ROWS
    for _ in range(SPARE_ROWS):        # open rows: a unit may write a 新增事项建议 here
        out.add([(None, open_mid if k in ("seq", "percent", "status", "postpone") else open_left)
                 if k not in ("id", "digest") else (None, locked_mid) for k in KEYS], height=35)
    _validations(ws, first, end)
    ws.protection.sheet = True          # no password: it prevents accidents, and WPS/Excel can lift it
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    _print_setup(ws, shown, end)
    return out


WIDTHS = {k: w for k, _, w in COLUMNS}


def row_height(values: dict) -> float:
    """Points for a row whose cells wrap: a streamed sheet has no row heights unless given, and LibreOffice
    does not fit them on opening.  A Chinese character is about two width units of a 10.5 pt font; at least
    two lines, so there is room to write the answer."""
    lines = 2
    for key, value in values.items():
        text = str(value or "")
        if not text or key in ("id", "digest"):
            continue
        units = sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
        per_line = max(WIDTHS[key] - 1.5, 4)
        lines = max(lines, -(-int(units) // int(per_line)) + text.count("\n"))
    return min(14.5 * lines + 6, 400)


def _validations(ws, first: int, end: int) -> None:
    letter = {k: get_column_letter(KEYS.index(k) + 1) for k in KEYS}
    pct = DataValidation(type="whole", operator="between", formula1="0", formula2="100", allow_blank=True,
                         showErrorMessage=True, errorTitle="完成进度", error="请填写 0–100 之间的整数",
                         showInputMessage=True, promptTitle="完成进度", prompt="0–100 的整数，如 60")
    pct.add(f"{letter['percent']}{first}:{letter['percent']}{end}")
    status = DataValidation(type="list", formula1='"' + ",".join(STATUSES) + '"', allow_blank=True,
                            showErrorMessage=True, errorTitle="状态", error="请从下拉框中选择：" + "、".join(STATUSES))
    status.add(f"{letter['status']}{first}:{letter['status']}{end}")
    ws.data_validations.append(pct)
    ws.data_validations.append(status)


def _print_setup(ws, shown: int, end: int) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.print_area = f"A1:{get_column_letter(shown)}{end}"


MARKER_FIELDS = ("tag", "format", "org_code", "org_name", "period", "unit_id", "unit_name", "form_id", "due")


def _marker(wb: Workbook, spec: FormSpec) -> Rows:
    ws = wb.create_sheet(MARKER_SHEET)
    ws.sheet_state = "hidden"
    values = {"tag": MARKER_TAG, "format": FORMAT, "org_code": spec.org_code, "org_name": spec.org_name,
              "period": spec.period, "unit_id": spec.unit_id, "unit_name": spec.unit_name, "form_id": spec.form_id,
              "due": spec.due.isoformat()}
    rows = Rows(ws)
    for key in MARKER_FIELDS:
        rows.add([(key, 0), (str(values[key]), 0)])
    ws.protection.sheet = True
    return rows
