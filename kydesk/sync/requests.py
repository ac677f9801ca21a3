"""延期申请 across units. The request is the county's row; the task's owner answers with a row of its own whose
id follows from the request's. When the answer arrives, the county copies its verdict onto its request (a
change of its own row, which goes back up), so both sides read the outcome on the request itself."""
from __future__ import annotations

import uuid

from kydesk.store import rows, sync_store
from kydesk.store.db import Database

ANSWER_NAMESPACE = uuid.UUID("5b0c8e57-3b4f-4f0e-9a59-6b7a2f1f4a11")


def answer_id(request_id: str) -> str:
    return str(uuid.uuid5(ANSWER_NAMESPACE, request_id))


def mirror_answers(db: Database, arrived: list[dict]) -> int:
    """Copy the state and answer of arrived answers onto our own requests; returns how many changed."""
    me, changed = db.unit_code, 0
    for answer in arrived:
        if answer["owner"] == me or not answer.get("task_id"):
            continue
        for req in sync_store.requests_on_task(db, answer["task_id"], me):
            if answer_id(req["id"]) == answer["id"]:
                state = answer["state"] if not answer["deleted"] else "pending"
                if rows.update(db, "extension_request", req["id"], {"state": state, "answer": answer["answer"]}):
                    changed += 1
    return changed
