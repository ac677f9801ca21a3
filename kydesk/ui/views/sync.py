"""同步: export a package to a unit (then show it in its folder), import packages with a preview first
(dropped on the window or chosen), 延期申请 and their answers, the unit's card and the trusted units, the
history of packages with the quiet-weeks setting, and the review of conflicts and refused rows."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from kydesk.domain.errors import KydeskError
from kydesk.services import Changed
from kydesk.services import sync as svc
from kydesk.ui.forms.ui_sync_preview import Ui_SyncPreviewDialog
from kydesk.ui.forms.ui_sync_view import Ui_SyncView
from kydesk.ui.sync.common import LEVELS
from kydesk.ui.sync.conflicts_panel import ConflictsPanel
from kydesk.ui.sync.quiet_panel import QuietPanel
from kydesk.ui.sync.requests_panel import RequestsPanel
from kydesk.ui.widgets import table_menus
from kydesk.ui.widgets.common import ask, fill_table, last_folder, remember_folder
from kydesk.ui.widgets.job_bar import JobBar, JobBarOwner
from kydesk.ui.worker import Job

SUFFIX = ".kysync"
RESULTS = {"applied": "已导入", "exported": "已导出"}
KIND_COLUMNS = [("new", "新增"), ("updated", "更新"), ("unchanged", "未变"), ("older", "较旧"), ("deleted", "删除"),
                ("refused", "拒收")]


def confirm_card(parent: QWidget, card) -> bool:
    """The moment that makes trust meaningful: the fingerprint read out over the phone."""
    box = QMessageBox(QMessageBox.Question, "核对身份卡",
                      f"单位：{card.unit_name}（{card.unit_code}），{LEVELS.get(card.level, card.level)}\n\n"
                      f"密钥指纹：\n{card.fingerprint}\n\n请打电话请对方念出其指纹，逐组核对。完全一致才能信任。",
                      QMessageBox.Yes | QMessageBox.No, parent)
    box.button(QMessageBox.Yes).setText("一致，信任该单位")
    box.button(QMessageBox.No).setText("不一致，取消")
    box.setDefaultButton(QMessageBox.No)
    return box.exec() == QMessageBox.Yes


class PreviewDialog(QDialog):
    """What the packages would do; 导入 applies those that passed, 取消 leaves everything as it is."""

    def __init__(self, reports, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_SyncPreviewDialog()
        ui.setupUi(self)
        self.reports = reports
        good = [r for r in reports if r.status == "preview"]
        refused = [r for r in reports if r.status == "refused"]
        already = [r for r in reports if r.status == "already"]
        parts = [f"共 {len(reports)} 个同步包：{len(good)} 个可以导入"]
        if already:
            parts.append(f"{len(already)} 个已经导入过（不会再改动）")
        if refused:
            parts.append(f"{len(refused)} 个被拒绝（见下表）")
        attention = sum(len(r.attention) for r in good)
        if attention:
            parts.append(f"{attention} 条进展需关注")
        ui.summary.setText("，".join(parts) + "。")
        rows = []
        for r in reports:
            sender = f"{r.sender_name}（{r.sender_code}）" if r.sender_code else "—"
            sign = "有效" if r.signature == "valid" else "—"
            span = f"{r.seq_from + 1}–{r.seq_to}" if r.signature else "—"
            if r.gap:
                span += f"（缺 {r.gap[0]}–{r.gap[1]}）"
            counts = [r.counts.get(k, 0) for k, _ in KIND_COLUMNS] if r.status == "preview" else [""] * 6
            state = {"preview": "待导入", "already": "已导入过", "refused": "已拒绝"}[r.status]
            rows.append([r.file, sender, sign, span, *counts, state])
        fill_table(ui.packages, ["文件", "发送方", "签名", "变更序号", *(t for _, t in KIND_COLUMNS), "状态"], rows,
                   stretch=1)
        ui.packages.currentCellChanged.connect(lambda row, *_: self.show_details(row))
        ui.packages.selectRow(0)
        self.show_details(0)
        ui.applyButton.setEnabled(bool(good))
        ui.applyButton.setText(f"导入 {len(good)} 个同步包" if good else "没有可导入的同步包")
        ui.applyButton.clicked.connect(self.accept)
        ui.cancelButton.clicked.connect(self.reject)

    def show_details(self, row: int) -> None:
        if 0 <= row < len(self.reports):
            self.ui.details.setPlainText("\n".join(self.reports[row].lines()))


class View(JobBarOwner, QWidget):
    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        self.ui = ui = Ui_SyncView()
        ui.setupUi(self)
        self.jobs = JobBar(ctx, ui.progress, ui.cancelButton, ui.folderButton, self.say,
                           busy="上一项同步操作还在进行，请稍候或先取消", no_db="当前数据库无法在后台打开，不能同步",
                           parent=self)
        self.preview_dialog: PreviewDialog | None = None
        self.last_reports: list = []
        ui.exportButton.clicked.connect(lambda: self.export())
        ui.importButton.clicked.connect(lambda: self.import_files())
        ui.cardButton.clicked.connect(lambda: self.export_card())
        ui.trustButton.clicked.connect(lambda: self.trust_card())
        ui.untrustButton.clicked.connect(self.untrust)
        self.requests = RequestsPanel(ctx, self.say)
        self.conflicts = ConflictsPanel(ctx, self.say)
        self.quiet = QuietPanel(ctx, self.say)
        ui.tabs.insertTab(1, self.requests, "延期申请")
        ui.tabs.addTab(self.conflicts, "冲突与拒收")
        ui.historyLayout.insertWidget(0, self.quiet)
        self.requests.counted.connect(lambda n: self._count(self.requests, "延期申请", n, "条待批复"))
        self.conflicts.counted.connect(lambda n: self._count(self.conflicts, "冲突与拒收", n, ""))
        self.setAcceptDrops(True)
        table_menus.install(ui.peersTable, "sync_peers", [("取消信任", self.untrust)])
        table_menus.install(ui.historyTable, "sync_history")
        self.refresh()

    # -- refresh -------------------------------------------------------------------------------------
    def on_changed(self, changed) -> None:
        if changed.tables & {"sync", "unit", "meta"}:
            self.refresh()
        elif changed.tables & {"extension_request", "task"}:
            self.requests.refresh()

    def _count(self, panel: QWidget, title: str, n: int, what: str) -> None:
        tabs = self.ui.tabs
        tabs.setTabText(tabs.indexOf(panel), f"{title}（{n}{' ' + what if what else ''}）" if n else title)

    def refresh(self) -> None:
        db, ui = self.ctx.db, self.ui
        try:
            card = svc.my_card(db)
        except KydeskError as e:
            self.say(str(e), error=True)
            return
        ui.myUnit.setText(f"{card.unit_name}（{card.unit_code}），{LEVELS.get(card.level, card.level)}")
        ui.myFingerprint.setText(card.fingerprint)
        current = ui.recipient.currentData()
        ui.recipient.clear()
        for r in svc.recipients(db):
            ui.recipient.addItem(f"{r['unit_name']}（{r['unit_code']}）", r["unit_code"])
        if current is not None and ui.recipient.findData(current) >= 0:
            ui.recipient.setCurrentIndex(ui.recipient.findData(current))
        ui.exportButton.setEnabled(ui.recipient.count() > 0)
        # the hint goes as soon as a unit is trusted (it used to stay until the program was closed)
        ui.exportHint.setText("还没有受信任的单位：请先在“单位与密钥”中导入对方的身份卡。"
                              if ui.recipient.count() == 0 else "")
        self.peers = svc.peers(db)
        weeks = svc.quiet_weeks(db)
        fill_table(ui.peersTable, ["单位代码", "单位名称", "级别", "密钥指纹", "状态", "最近收到同步包"], [
            [p["unit_code"], p["unit_name"], LEVELS.get(p["level"], p["level"]), p["fingerprint"],
             "受信任" if p["trusted"] else "已取消信任",
             (p["last_heard"] or "从未收到").replace("T", " ") + (f"  ⚠ 超过 {weeks} 周" if p["quiet"] else "")]
            for p in self.peers], stretch=1)
        ui.peersHint.setText("" if self.peers else "还没有受信任的单位：导入对方发来的身份卡，并电话核对指纹。")
        quiet = [p for p in self.peers if p["quiet"]]
        ui.quietLabel.setText(
            f"⚠ 已超过 {weeks} 周没有收到同步包：" + "、".join(f"{p['unit_name']}（{p['unit_code']}）" for p in quiet)
            if quiet else "")
        ui.quietLabel.setVisible(bool(quiet))
        twins = svc.twin_warnings(db)
        ui.twinsLabel.setText("⚠ " + "\n⚠ ".join(twins) if twins else "")
        ui.twinsLabel.setVisible(bool(twins))
        self.history = svc.history(db)
        fill_table(ui.historyTable, ["时间", "方向", "单位", "记录数", "结果", "文件"], [
            [h["at"].replace("T", " "), "导入" if h["direction"] == "in" else "导出",
             f"{h['peer_name']}（{h['peer_unit']}）", h["rows"], self._result(h), h["file"]]
            for h in self.history], stretch=5)
        ui.historyHint.setText("" if self.history else "还没有导出或导入过同步包，导出、导入后在此留有记录。")
        ui.historyHint.setVisible(not self.history)
        self.quiet.refresh()
        self.requests.refresh()
        self.conflicts.refresh()

    @staticmethod
    def _result(h: dict) -> str:
        text = RESULTS.get(h["result"], h["result"])
        s = h.get("summary") or {}
        if s.get("refused"):
            text += f"，拒收 {s['refused']} 条记录"
        if s.get("gap"):
            text += "，有缺号"
        return text

    def say(self, text: str, *, error: bool = False) -> None:
        self.ui.message.setStyleSheet("color: #b3261e;" if error else "")
        self.ui.message.setText(text)
        self.ctx.signals.status.emit(text)

    # -- background work -----------------------------------------------------------------------------
    def start_job(self, fn, on_done, what: str, *, write: bool) -> Job | None:
        return self.jobs.start(fn, on_done, f"正在{what}…", write=write)

    # -- export --------------------------------------------------------------------------------------
    def _documents(self) -> Path:
        """Where the clerk last saved or opened a file (remembered), else 文档."""
        return last_folder()

    def export(self, path: str | None = None, *, unit: str | None = None, full: bool | None = None) -> Job | None:
        unit = unit or self.ui.recipient.currentData()
        if not unit:
            self.say("请先选择接收单位（没有可选单位时，请先导入对方的身份卡）", error=True)
            return None
        full = self.ui.fullCheck.isChecked() if full is None else full
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, "保存同步包", str(self._documents() / svc.default_name(self.ctx.db)),
                                                  f"同步包 (*{SUFFIX})")
            remember_folder(path)
            if not path:
                return None
        return self.start_job(lambda db, progress: svc.export(db, unit, full=full, out=path, progress=progress),
                              self._exported, "导出同步包", write=True)

    def _exported(self, result) -> None:
        self.jobs.offer(result.path)
        self.refresh()
        self.say(result.message + "。可作为电子邮件附件发送。")
        self.ctx.signals.changed.emit(Changed(frozenset({"sync"}), result.package_id, ""))

    # -- import --------------------------------------------------------------------------------------
    def accept_files(self, paths) -> bool:
        """Files dropped on the window: the packages among them are ours to import."""
        packages = [str(p) for p in paths if str(p).lower().endswith(SUFFIX)]
        if not packages:
            return False
        self.ui.tabs.setCurrentWidget(self.ui.exchangeTab)
        self.import_files(packages)
        return True

    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event):
        self.accept_files([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])

    def import_files(self, paths=None) -> Job | None:
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(self, "选择同步包", str(self._documents()), f"同步包 (*{SUFFIX})")
        paths = [str(p) for p in paths or []]
        if not paths:
            return None
        remember_folder(paths[0])
        self._paths = paths
        return self.start_job(lambda db, progress: svc.preview(db, paths, progress=progress), self._previewed,
                              "检查同步包", write=False)

    def _previewed(self, reports) -> None:
        self.say("检查完成，请在预览中确认。")
        dialog = PreviewDialog(reports, self)
        self.preview_dialog = dialog
        dialog.accepted.connect(self.apply_import)
        dialog.rejected.connect(lambda: self.say("已取消导入，数据未作改动。"))
        dialog.open()

    def apply_import(self) -> Job | None:
        dialog, self.preview_dialog = self.preview_dialog, None
        paths = [p for p, r in zip(self._paths, dialog.reports) if r.status == "preview"] if dialog else self._paths
        if not paths:
            return None
        return self.start_job(lambda db, progress: svc.import_packages(db, paths, progress=progress), self._imported,
                              "导入同步包", write=True)

    def _imported(self, reports) -> None:
        self.last_reports = reports
        applied = [r for r in reports if r.status == "applied"]
        refused = [r for r in reports if r.status == "refused"]
        text = f"已导入 {len(applied)} 个同步包"
        if applied:
            text += "：" + "；".join(f"{r.sender_name} {r.counts_line()}" for r in applied)
        if refused:
            text += "。被拒绝：" + "；".join(r.message for r in refused)
        self.refresh()
        self.say(text, error=bool(refused))
        changed = svc.import_changed(reports)
        self.ctx.signals.changed.emit(changed if changed else Changed(frozenset({"sync"}), None, ""))

    # -- cards and trust -----------------------------------------------------------------------------
    def export_card(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, "保存本单位身份卡",
                                                  str(self._documents() / svc.card_file_name(self.ctx.db)),
                                                  "身份卡 (*.json)")
            remember_folder(path)
            if not path:
                return
        try:
            card = svc.identity(self.ctx.db, path)
        except KydeskError as e:
            self.say(str(e), error=True)
            return
        self.jobs.offer(card["path"])
        self.say(f"已保存身份卡：{card['path']}。发给对方后，请电话念出指纹 {card['fingerprint']} 供其核对。")

    def trust_card(self, path: str | None = None, *, confirm=confirm_card) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, "选择对方单位的身份卡", str(self._documents()), "身份卡 (*.json)")
            remember_folder(path)
            if not path:
                return False
        try:
            card = svc.read_card(path)
            if not confirm(self, card):
                self.say("未信任：指纹未确认。")
                return False
            done = self.ctx.run(svc.trust, path)
        except KydeskError as e:
            self.say(str(e), error=True)
            return False
        self.say(done.message)
        self.refresh()
        return True

    def untrust(self) -> None:
        row = self.ui.peersTable.currentRow()
        if not 0 <= row < len(self.peers):
            self.say("请先在列表中选择一个单位", error=True)
            return
        peer = self.peers[row]
        if not ask(self, "取消信任", f"不再接受 {peer['unit_name']}（{peer['unit_code']}）这把密钥签名的同步包？"):
            return
        done = self.ctx.run(svc.untrust, peer["key"])
        self.say(done.message)
        self.refresh()
