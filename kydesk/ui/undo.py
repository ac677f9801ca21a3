"""Undo and redo (Ctrl+Z / Ctrl+Y) of every edit, across the session, through ctx.undo (a QUndoStack).

An edit is applied by its service first, so a refused edit (a field error) never reaches the stack; the
command pushed afterwards remembers the task as it was before and after, and the rows the edit created
(the task itself, a progress update, a postponement). Undo and redo restore those states through
services.ledger.restore_state, which refuses when the task is no longer as the command left it (an
imported package changed it), rather than overwrite someone else's work.
"""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from kydesk.domain.errors import KydeskError
from kydesk.services import Changed, ledger


class _Command(QUndoCommand):
    def __init__(self, ctx, text: str):
        super().__init__(text)
        self.ctx = ctx
        self._applied = True      # push() calls redo() at once: the service already did the edit

    def redo(self):
        if self._applied:
            self._applied = False
            return
        self._guard(self._redo, "重做")

    def undo(self):
        self._guard(self._undo, "撤销")

    def _guard(self, fn, verb: str) -> None:
        try:
            fn()
        except KydeskError as e:
            self.ctx.signals.status.emit(f"无法{verb}“{self.text()}”：{e}")
            self.setObsolete(True)
        else:
            self.ctx.signals.status.emit(f"已{verb}：{self.text()}")


class TaskEdit(_Command):
    def __init__(self, ctx, text: str, task_id: str, before: dict | None, after: dict, created):
        super().__init__(ctx, text)
        self.task_id, self.before, self.after, self.created = task_id, before, after, list(created)
        self.left = after            # the task as this command last left it

    def _undo(self):
        self._restore(self.before, deleted=True)

    def _redo(self):
        self._restore(self.after, deleted=False)

    def _restore(self, state, deleted: bool) -> None:
        result = self.ctx.run(ledger.restore_state, self.task_id, state, created=self.created,
                              created_deleted=deleted, expect=self.left)
        self.left = result.extra["state"]


def task_edit(ctx, label: str, fn, task_id: str | None = None, /, *, creates: str | None = None,
              **kwargs) -> Changed:
    """Run a task service (add_task, update_task, mark_done, postpone, add_progress, delete_task…) as one
    undoable step. `creates` names the table of the row the service adds (its id comes back in Changed.id).
    Errors propagate before anything is pushed; an edit that changed nothing pushes nothing."""
    before = ledger.task_state(ctx.db, task_id) if task_id else None
    result = ctx.run(fn, task_id, **kwargs) if task_id else ctx.run(fn, **kwargs)
    if not result.tables:
        return result
    created = [(creates, result.id)] if creates and result.id else []
    target = task_id or result.id
    if creates == "task":
        before = None
    ctx.undo.push(TaskEdit(ctx, label, target, before, ledger.task_state(ctx.db, target), created))
    return result


class Step(_Command):
    """An edit outside the task table (a unit renamed, a setting): `undo_fn` and `redo_fn` call services."""

    def __init__(self, ctx, text: str, undo_fn, redo_fn):
        super().__init__(ctx, text)
        self._undo, self._redo = undo_fn, redo_fn


def step(ctx, text: str, do, undo) -> Changed:
    """Apply `do()` now and push it with its inverse `undo()`; both call services through ctx.run."""
    result = do()
    if result is None or getattr(result, "tables", None):
        ctx.undo.push(Step(ctx, text, undo, do))
    return result
