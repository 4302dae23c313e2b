"""peewee models of a workspace. One workspace file holds many communities.

Every table that belongs to a community has a `community` foreign key with
ON DELETE CASCADE, and an integer `position` where the user controls the order.
"""
from __future__ import annotations

import datetime as dt

import peewee as pw

database = pw.DatabaseProxy()


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


class Community(BaseModel):
    name = pw.CharField(max_length=200)
    platform = pw.CharField(default="wechat")
    type_override = pw.CharField(null=True)  # None: use the type the AIDASS span implies
    stage = pw.CharField(default="setup")
    start_date = pw.DateField(default=dt.date.today)
    end_date = pw.DateField(null=True)
    aidass_start = pw.IntegerField(null=True)
    aidass_end = pw.IntegerField(null=True)
    # 5W1H self-check, from the member's point of view
    why = pw.TextField(default="")
    what = pw.TextField(default="")
    where = pw.TextField(default="")
    who = pw.TextField(default="")
    when = pw.TextField(default="")
    how = pw.TextField(default="")
    language = pw.CharField(default="zh_CN")  # language of its templates
    position = pw.IntegerField(default=0)
    deleted = pw.BooleanField(default=False)  # soft delete, so deleting can be undone
    created_at = pw.DateTimeField(default=dt.datetime.now)


class Counterparty(BaseModel):
    """A row of the business model map (业务模型梳理)."""
    community = pw.ForeignKeyField(Community, backref="counterparties", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    name = pw.CharField(max_length=200, default="")
    gives = pw.TextField(default="")     # what the business gives them
    receives = pw.TextField(default="")  # what flows back to the business
    notes = pw.TextField(default="")
    served = pw.BooleanField(default=False)  # the counterparty this community serves


class SopEvent(BaseModel):
    """A named block of the event SOP with its own T0 (e.g. a 618 flash sale)."""
    community = pw.ForeignKeyField(Community, backref="sop_events", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    name = pw.CharField(max_length=200)
    t0 = pw.DateField()


class SopRow(BaseModel):
    community = pw.ForeignKeyField(Community, backref="sop_rows", on_delete="CASCADE")
    table = pw.CharField()  # planning / setup / growth / daily / event
    event = pw.ForeignKeyField(SopEvent, null=True, backref="rows", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    stage = pw.CharField(default="")
    timing = pw.CharField(default="")
    task = pw.TextField(default="")
    actions = pw.TextField(default="")
    owner = pw.CharField(default="")
    materials = pw.TextField(default="")
    criterion = pw.TextField(default="")
    status = pw.CharField(default="todo")
    notes = pw.TextField(default="")
    template_key = pw.CharField(null=True)  # which template row it came from

    class Meta:
        indexes = ((("community", "table", "position"), False),)


# Tables owned by a community, parents before children (used to copy a community).
COMMUNITY_TABLES = [Counterparty, SopEvent, SopRow]
ALL_TABLES = [Community, *COMMUNITY_TABLES]
