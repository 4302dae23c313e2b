import datetime as dt

import pytest

from app import domain

from app.errors import ValidationError
from app.services import communities, positioning, sop


def test_create_rename_and_list(workspace):
    cid = communities.create("Shop fans", platform="qq")
    communities.update(cid, "name", "  Shop VIP fans ")
    rows = communities.list_communities()
    assert [(r["id"], r["name"], r["platform"]) for r in rows] == [(cid, "Shop VIP fans", "qq")]


@pytest.mark.parametrize("kind", [None, *domain.TYPES])
def test_new_community_gets_template_sop_rows_of_its_type(workspace, kind):
    cid = communities.create("Learners", type_override=kind)
    for table in ("planning", "setup", "daily"):
        assert len(sop.list_rows(cid, table)) >= 8
    assert len(sop.list_rows(cid, "growth")) >= 2
    # every template row is a suggestion until the operator edits or accepts it
    assert all(r["suggested"] for t in ("planning", "setup", "growth", "daily") for r in sop.list_rows(cid, t))


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("kind", domain.TYPES)
def test_templates_name_no_product_and_fit_the_offering(workspace, lang, kind):
    """A type's templates are free of any one product (the course words the old templates
    carried everywhere) and say what the community sells where they need to."""
    from app.services import content, rules
    from app.storage.models import Community, ContentColumn, Level, PointRule, Rule, SopRow
    cid = communities.create("X", type_override=kind, lang=lang, offering="OFFER")
    texts = []
    for model in (SopRow, Rule, PointRule, Level, ContentColumn):
        for row in model.select().where(model.community == cid).dicts():
            texts += [str(v) for k, v in row.items() if isinstance(v, str)]
    c = Community.get_by_id(cid)
    texts += [c.value_statement, c.vision, c.announcement]
    joined = "\n".join(texts)
    for word in ("课程券", "21天打卡" if kind != "learning" else "课程券", "购买课程", "讲师", "学员", "course voucher",
                 "lecturer", "{offering}"):
        assert word not in joined, (kind, lang, word)
    assert c.announcement and rules.announcement(cid)
    assert not content.list_entries(cid)  # suggested columns plan nothing until accepted


@pytest.mark.parametrize("field,value,message", [
    ("name", "   ", "must not be empty"),
    ("name", "x" * 201, "too long"),
    ("platform", "myspace", "not one of the choices"),
    ("start_date", "2026-02-30", "not a date"),
])
def test_bad_values_change_nothing(workspace, field, value, message):
    cid = communities.create("Keep me")
    before = communities.get(cid)
    with pytest.raises(ValidationError, match=message):
        communities.update(cid, field, value)
    assert communities.get(cid) == before


def test_end_before_start_is_refused(workspace):
    cid = communities.create("Dates", start_date=dt.date(2027, 1, 10))
    with pytest.raises(ValidationError, match="before the start date"):
        communities.update(cid, "end_date", "2027-01-09")
    assert communities.get(cid)["end_date"] is None


def test_soft_delete_and_restore(workspace):
    cid = communities.create("Temp")
    communities.set_deleted(cid, True)
    assert communities.list_communities() == []
    communities.set_deleted(cid, False)
    assert communities.list_communities()[0]["id"] == cid


def test_duplicate_copies_children_and_remaps_events(demo):
    copy = communities.duplicate(demo)
    original = communities.get(demo)
    dup = communities.get(copy)
    assert dup["name"] == original["name"] + " (copy)"
    assert dup["why"] == original["why"]
    assert len(positioning.counterparties.list(copy)) == len(positioning.counterparties.list(demo))
    (ev, ev_rows), = sop.all_event_rows(copy)
    assert ev["community"] == copy and ev_rows and all(r["event"] == ev["id"] for r in ev_rows)
    assert [r["task"] for r in sop.list_rows(copy, "daily")] == [r["task"] for r in sop.list_rows(demo, "daily")]


def test_find_by_id_or_name(demo):
    assert communities.find(str(demo))["id"] == demo
    assert communities.find("Bootcamp")["id"] == demo
    with pytest.raises(ValidationError, match="No community"):
        communities.find("nope")


def test_deleted_communities_are_purged_when_the_workspace_is_next_opened(ws_path):
    from app import workspace
    from app.storage import db
    from app.storage.models import Community, SopRow
    workspace.open_or_create(ws_path, with_demo=False)
    keep, gone = communities.create("Keep"), communities.create("Gone")
    communities.set_deleted(gone, True)
    assert Community.select().count() == 2             # kept this session, so undo can restore it
    db.close_workspace()
    workspace.open_or_create(ws_path)
    assert [c.id for c in Community.select()] == [keep]
    assert SopRow.select().where(SopRow.community == gone).count() == 0


def test_an_id_is_never_given_out_twice_so_undo_can_put_a_row_back(workspace):
    """Found by a random-actions run: delete the newest team role, make a community (its
    template roles took the freed id), undo that (a soft delete keeps its rows), undo the
    deletion: restoring the role under its own id failed with UNIQUE constraint failed."""
    from app.services import roles
    first = communities.create("First")
    newest = max(r["id"] for r in roles.team.list(first))
    deleted = roles.team.delete([newest])
    second = communities.create("Second")          # its template roles are created now
    communities.set_deleted(second, True)          # undo of "New community"
    roles.team.restore(deleted)                    # undo of the deletion
    assert newest in [r["id"] for r in roles.team.list(first)]
    assert all(r["id"] > newest for r in roles.team.list(second))
