"""延期申请 across units. The request is the county's row; the task's owner answers with a row of its own
that names the request (`request_id`) under a random id: an id derived from the request's could be taken
first by anyone who knows the request (a county planting a fake "granted" answer). Answers written by an
older version had such derived ids; they are still recognised. When the answer arrives, the county copies
its verdict onto its request (a change of its own row, which goes back up), so both sides read the outcome
on the request itself."""
from __future__ import annotations

import uuid

from kydesk.store import rows, sync_store
from kydesk.store.db import Database

ANSWER_NAMESPACE = uuid.UUID("5b0c8e57-3b4f-4f0e-9a59-6b7a2f1f4a11")


def legacy_answer_id(request_id: str) -> str:
    """The id an older kydesk gave the answer to this request."""
    return str(uuid.uuid5(ANSWER_NAMESPACE, request_id))


def answers_for(db: Database, request_ids) -> dict[str, dict]:
    """{request id: answer row (deleted ones too)}: by request_id, else by the older derived id."""
    ids = list(request_ids)
    found = sync_store.answers_to(db, ids)
    legacy = sync_store.rows_by_ids(db, "extension_request", [legacy_answer_id(i) for i in ids if i not in found])
    for rid in ids:
        a = legacy.get(legacy_answer_id(rid))
        if rid not in found and a is not None:
            found[rid] = a
    return found


def answered_request(db: Database, answer: dict) -> str | None:
    return answer.get("request_id") or None


def mirror_answers(db: Database, arrived: list[dict]) -> int:
    """Copy the state and answer of arrived answers onto our own requests; returns how many changed."""
    me, changed = db.unit_code, 0
    for answer in arrived:
        if answer["owner"] == me or not answer.get("task_id"):
            continue
        for req in sync_store.requests_on_task(db, answer["task_id"], me):
            if answer.get("request_id") == req["id"] or legacy_answer_id(req["id"]) == answer["id"]:
                state = answer["state"] if not answer["deleted"] else "pending"
                if rows.update(db, "extension_request", req["id"], {"state": state, "answer": answer["answer"]}):
                    changed += 1
    return changed


def grant_warnings(request: dict, task: dict | None) -> list[str]:
    """What granting this request would do that its asker may not have meant: override a deadline the
    task's owner set after the request was written (a stale request), or move the deadline earlier (a
    phrase such as "第四季度" read in the wrong year). Shown in the preview; granting needs a confirmation."""
    if task is None:
        return []
    out = []
    now, old, new = task.get("due"), request.get("old_due"), request.get("new_due")
    now_text = task.get("due_text") or now or "（无）"
    if (old or None) != (now or None):
        out.append(f"申请提出时任务时限为 {request.get('old_due_text') or old or '（无）'}，之后已改为 {now_text}："
                   f"同意将以申请的 {request.get('new_due_text') or new or '（无）'} 取代现在的时限")
    if new and now and new < now:
        out.append(f"申请的时限 {new} 早于任务现在的时限 {now}：同意会把时限提前")
    return out
