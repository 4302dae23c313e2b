"""One ordered, user-edited table of rows that belong to a community.

Counterparties, SOP rows and later roles, rules and metrics are all the same thing to
the UI: list them, add one, change one field, delete some (and put them back on undo),
move one. RowTable does that once for any model with `community` and `position`.
"""
from __future__ import annotations

from peewee import IntegrityError, fn

from app.errors import ValidationError
from app.i18n import tr
from app.services.fields import Field
from app.storage.models import database


BATCH = 500  # rows per statement: well under SQLite's limit on bound variables


def insert_batched(model, rows: list[dict]) -> None:
    """Insert many rows (restoring a snapshot, filling a column) a batch per statement."""
    for start in range(0, len(rows), BATCH):
        model.insert_many(rows[start:start + BATCH]).execute()


def delete_batched(model, field, values: list, where=None) -> None:
    """Delete the rows whose `field` is one of `values` (and `where`), a batch per statement."""
    for start in range(0, len(values), BATCH):
        condition = field.in_(values[start:start + BATCH])
        model.delete().where(condition if where is None else condition & where).execute()


class RowTable:
    def __init__(self, model, fields: dict[str, Field], scope: tuple[str, ...] = (), check=None,
                 children: tuple = ()):
        self.model = model
        # (model, foreign key name) of rows deleted with each row (ON DELETE CASCADE);
        # delete() keeps them so restore() brings them back too
        self.children = children
        self.fields = fields
        self.scope = scope  # extra columns that split one community's rows (e.g. SOP table)
        # check(community_id) runs inside each write's transaction and raises to undo it,
        # for rules over several rows (a level ladder must climb)
        self.check = check or (lambda community_id: None)

    # -- reading
    def _query(self, community_id: int, **scope):
        q = self.model.select().where(self.model.community == community_id)
        for key in self.scope:
            if key in scope:
                q = q.where(getattr(self.model, key) == scope[key])
        return q

    def list(self, community_id: int, **scope) -> list[dict]:
        return list(self._query(community_id, **scope)
                    .order_by(self.model.position, self.model.id).dicts())

    def get(self, row_id: int) -> dict:
        row = self.model.select().where(self.model.id == row_id).dicts().first()
        if row is None:
            raise ValidationError(tr("That row no longer exists."))
        return row

    # -- writing
    def _duplicate(self) -> ValidationError:
        """The message for a write that a unique index refused (e.g. two rows for one date)."""
        names = [tr(self.fields[f].label) for cols, unique in self.model._meta.indexes if unique
                 for f in cols if f in self.fields]
        return ValidationError(tr("Another row already has the same {fields}.", fields=", ".join(names)))

    def clean(self, values: dict) -> dict:
        out = {}
        for key, value in values.items():
            rule = self.fields.get(key)
            out[key] = rule.clean(value) if rule else value
        return out

    def create(self, community_id: int, values: dict | None = None, position: int | None = None,
               **scope) -> int:
        values = self.clean(values or {})
        for key, rule in self.fields.items():
            has_default = self.model._meta.fields[key].default is not None
            if rule.required and values.get(key) in (None, "") and not (key not in values and has_default):
                rule.clean(values.get(key))  # raises the "must not be empty" message
        with database.atomic():
            if position is None:
                top = self._query(community_id, **scope).select(fn.MAX(self.model.position)).scalar()
                position = (top if top is not None else -1) + 1
            else:
                (self.model.update(position=self.model.position + 1)
                 .where(self.model.id.in_(self._query(community_id, **scope)
                                          .where(self.model.position >= position)
                                          .select(self.model.id)))
                 .execute())
            try:
                row = self.model.create(community=community_id, position=position, **scope, **values)
            except IntegrityError:
                raise self._duplicate() from None
            self.check(community_id)
        return row.id

    def update(self, row_id: int, field: str, value):
        """Store one field; returns the previous value (for undo)."""
        value = self.clean({field: value})[field]
        with database.atomic():
            row = self.get(row_id)
            changes = {field: value}
            if field != "suggested" and "suggested" in self.model._meta.fields:
                changes["suggested"] = False  # an edited template row is the user's own now
            try:
                self.model.update(changes).where(self.model.id == row_id).execute()
            except IntegrityError:
                raise self._duplicate() from None
            self.check(row["community"])
        return row[field]

    def delete(self, row_ids: list[int]) -> list[dict]:
        """Delete rows; returns their full contents so restore() can put them back."""
        with database.atomic():
            rows = list(self.model.select().where(self.model.id.in_(row_ids)).dicts())
            for row in rows:
                row["_children"] = [(model, list(model.select().where(getattr(model, fk) == row["id"]).dicts()))
                                    for model, fk in self.children]
            self.model.delete().where(self.model.id.in_(row_ids)).execute()
        return rows

    def restore(self, rows: list[dict]) -> None:
        with database.atomic():
            for row in rows:
                self.model.insert(**{k: v for k, v in row.items() if k != "_children"}).execute()
                for model, children in row.get("_children", ()):
                    for child in children:
                        model.insert(**child).execute()
            for community_id in {row["community"] for row in rows}:
                self.check(community_id)

    def renumber(self, community_id: int, ordered_ids: list[int], **scope) -> list[int]:
        """Store a new order; returns the previous order of the same rows."""
        with database.atomic():
            before = [r["id"] for r in self.list(community_id, **scope)]
            for pos, row_id in enumerate(ordered_ids):
                self.model.update(position=pos).where(self.model.id == row_id).execute()
            self.check(community_id)
        return before

    def move(self, community_id: int, row_id: int, to_index: int, **scope) -> list[int]:
        ids = [r["id"] for r in self.list(community_id, **scope)]
        ids.remove(row_id)
        ids.insert(max(0, min(to_index, len(ids))), row_id)
        return self.renumber(community_id, ids, **scope)
