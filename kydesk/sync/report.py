"""What an import or an export tells the clerk (and, as JSON, a script)."""
from __future__ import annotations

import pathlib
from dataclasses import asdict, dataclass, field

from kydesk.store.rows import TABLE_NAMES

KIND_LABELS = {"new": "新增", "updated": "更新", "unchanged": "未变", "older": "比本机旧", "deleted": "删除",
               "refused": "拒收"}
STATUS_LABELS = {"preview": "待导入", "applied": "已导入", "already": "已导入过", "refused": "已拒绝"}


@dataclass
class ImportReport:
    file: str
    status: str = "preview"              # preview | applied | already | refused
    message: str = ""
    code: str = ""                       # why refused (not_zip, tampered, unknown_key, replay, …)
    package_id: str = ""
    sender_code: str = ""
    sender_name: str = ""
    sender_level: str = ""
    key_name: str = ""                   # the trusted card's unit name the signature was checked with
    fingerprint: str = ""
    signature: str = ""                  # "valid" once checked
    recipient: str = ""
    created: str = ""                    # the sender's clock: display only
    full: bool = False
    seq_from: int = 0
    seq_to: int = 0
    gap: list | None = None              # [first missing, last missing] of the sender's change numbers
    new_instance: bool = False           # the sender's database was restored or replaced
    twins: str = ""                      # two copies of one database in use (ours, or the sender's)
    rows: int = 0
    files: int = 0                       # 佐证材料 files the package carries
    part: str = ""                       # "2/3": a later part of a split export (files only)
    counts: dict = field(default_factory=lambda: {k: 0 for k in KIND_LABELS})
    tables: dict = field(default_factory=dict)
    field_changes: list = field(default_factory=list)
    attention: list = field(default_factory=list)
    requests: list = field(default_factory=list)
    refused_rows: list = field(default_factory=list)
    conflicts: int = 0
    backup: str | None = None

    @property
    def ok(self) -> bool:
        return self.status != "refused"

    def to_json(self) -> dict:
        data = asdict(self)
        data["status_text"] = STATUS_LABELS.get(self.status, self.status)
        data["refused_rows"] = [{k: v for k, v in r.items() if k != "row"} for r in self.refused_rows]
        return data

    def counts_line(self) -> str:
        return "，".join(f"{KIND_LABELS[k]} {self.counts.get(k, 0)}" for k in KIND_LABELS)

    def lines(self) -> list[str]:
        """The preview as text (CLI and the dialog's summary)."""
        if self.status == "refused":
            return [f"✗ {self.file}：{self.message}"]
        head = f"{'✓' if self.status != 'preview' else '•'} {self.file}：{STATUS_LABELS[self.status]}"
        out = [head]
        if self.status == "already":
            out.append("  此包已经导入过，本次没有任何改动。")
            return out
        out.append(f"  发送方：{self.sender_name}（{self.sender_code}）  签名：有效（密钥属于 {self.key_name}，"
                   f"指纹 {self.fingerprint}）")
        if self.part:
            out.append(f"  分包 {self.part}：随附佐证材料 {self.files} 个（没有数据行；各分包可按任意顺序导入）")
            return out
        if self.files:
            out.append(f"  随附佐证材料 {self.files} 个（已逐一按签名清单核对校验值）")
        kind = "全量" if self.full else "增量"
        out.append(f"  {kind}包，变更序号 {self.seq_from + 1}–{self.seq_to}，共 {self.rows} 条记录；导出时间（对方电脑）"
                   f"{self.created or '—'}")
        if self.gap:
            out.append(f"  ⚠ 缺少对方第 {self.gap[0]}–{self.gap[1]} 号变更（可能有邮件未收到）；已收到的照常合并，"
                       "缺少的部分会在对方下次导出时补上。")
        if self.new_instance:
            out.append("  ⚠ 对方的数据库已更换（恢复了备份或换了电脑），本次按全新数据库核对。")
        if self.twins:
            out.append(f"  ⚠ {self.twins}：两处的修改经市级互相转达，请尽快只保留一台电脑使用。")
        out.append(f"  {self.counts_line()}")
        for t, c in self.tables.items():
            parts = "，".join(f"{KIND_LABELS[k]} {n}" for k, n in c.items() if n)
            if parts:
                out.append(f"    {TABLE_NAMES.get(t, t)}：{parts}")
        for ch in self.field_changes:
            out.append(f"  任务“{ch['title']}”{ch['label']}：{ch['old']} → {ch['new']}")
        for a in self.attention:
            out.append(f"  需关注：“{a['title']}”的进展（{a['date']}）是按任务旧版本（第 {a['task_rev']} 版）填写的，"
                       f"任务现为第 {a['current_rev']} 版：{a['text']}")
        for r in self.requests:
            state = {"pending": "待批复", "granted": "已同意", "refused": "未同意"}.get(r["state"], r["state"])
            out.append(f"  延期申请：“{r['title']}” {r['old_due'] or '—'} → {r['new_due'] or '—'}（{state}）"
                       + (f" 理由：{r['reason']}" if r.get("reason") else "")
                       + (f" 答复：{r['answer']}" if r.get("answer") else ""))
            out += [f"    ⚠ {w}（批复同意前会请您确认）" for w in r.get("warnings") or []]
        for r in self.refused_rows:
            out.append(f"  拒收 {TABLE_NAMES.get(r['table'], r['table'])} {r['id']}：{r['reason']}")
        if self.conflicts:
            out.append(f"  {self.conflicts} 条记录两处同时修改，已按版本号取舍，落选的版本记入冲突记录。")
        if self.backup:
            out.append(f"  导入前已备份：{self.backup}")
        return out


@dataclass
class ExportResult:
    path: str
    package_id: str
    recipient_code: str
    recipient_name: str
    rows: int
    bytes: int
    full: bool
    seq_from: int
    seq_to: int
    counts: dict = field(default_factory=dict)
    files: int = 0                                     # 佐证材料 carried, over all parts
    paths: list = field(default_factory=list)          # every file written: one, or the parts -1of3 …

    def to_json(self) -> dict:
        return asdict(self)

    @property
    def message(self) -> str:
        kind = "全量" if self.full else "增量"
        files = f"，佐证材料 {self.files} 个" if self.files else ""
        text = (f"已导出{kind}同步包给 {self.recipient_name}（{self.recipient_code}）：{self.rows} 条记录{files}，"
                f"{self.bytes / 1024:.0f} KB → {self.path}")
        if len(self.paths) > 1:
            text += (f"\n佐证材料较多，已分为 {len(self.paths)} 个包（每个不超过邮件附件大小），请全部发送："
                     + "、".join(pathlib.Path(p).name for p in self.paths))
        return text
