import datetime as dt

import pytest

from app.errors import ValidationError
from app.services import communities, ladder, roles, rules, senses

TODAY = dt.date(2027, 3, 1)


def test_new_community_gets_people_templates(workspace):
    cid = communities.create("X")
    assert [r["name"] for r in roles.member_roles.list(cid)][:3] == ["Owner / authority", "Steward", "Opinion leader"]
    assert len(roles.member_roles.list(cid)) == 8
    assert {r["front"] for r in roles.team.list(cid)} == {True, False}
    # rules, ladder and texts follow the type (a community with no type gets the neutral "other")
    assert len(rules.rules.list(cid, kind="encouraged")) == 2
    learning = communities.create("Learners", type_override="learning")
    assert len(rules.rules.list(learning, kind="encouraged")) == 4
    assert [lv["threshold"] for lv in ladder.levels.list(learning)] == [0, 100, 500, 2000]
    fan = communities.create("Fans", type_override="fan", offering="baby products")
    assert "baby products" in communities.get(fan)["value_statement"]
    assert communities.get(fan)["suggested_fields"] == "value_statement,vision,announcement"


def test_handover_stages_and_status(workspace):
    cid = communities.create("X")
    role = roles.member_roles.list(cid)[2]["id"]
    overview = {r["id"]: r for r in roles.overview(cid, TODAY)}
    assert overview[role]["status"] == "unfilled"
    a = roles.add_assignment(cid, role, {"holder": "Li", "target_date": "2027-03-10"})
    assert roles.overview(cid, TODAY)[2]["status"] == "operator"
    assert roles.holder_label(roles.assignments.get(a)) == "the operator"
    assert roles.advance(a) == "operator"
    assert roles.overview(cid, TODAY)[2]["status"] == "cultivating"
    assert roles.overview(cid, dt.date(2027, 3, 11))[2]["status"] == "overdue"
    roles.advance(a)
    assert roles.advance(a) == "member"  # the last stage stays
    row = roles.overview(cid, dt.date(2027, 3, 11))[2]
    assert row["status"] == "member" and row["holders"] == "Li"


def test_attention_lists_key_roles(workspace):
    cid = communities.create("X")
    need = roles.attention(cid, TODAY)
    key_roles = [r["name"] for r in roles.member_roles.list(cid) if r["key"]]
    assert need["unfilled"] == key_roles and need["overdue"] == [] and need["operator"] == []


def test_deleting_a_role_and_restoring_it_keeps_assignments(workspace):
    cid = communities.create("X")
    role = roles.member_roles.list(cid)[0]["id"]
    roles.add_assignment(cid, role, {"holder": "Wang", "stage": "member"})
    snapshot = roles.member_roles.delete([role])
    assert roles.assignments.list(cid, role=role) == []
    roles.member_roles.restore(snapshot)
    assert [a["holder"] for a in roles.assignments.list(cid, role=role)] == ["Wang"]


def test_rule_flags(workspace):
    cid = communities.create("X")
    assert rules.flags(cid) == {"encouraged": [], "forbidden": []}
    rules.rules.create(cid, {"text": "Post a photo"}, kind="encouraged")
    rules.rules.create(cid, {"text": "Spam", "consequence": "  "}, kind="forbidden")
    assert rules.flags(cid) == {"encouraged": ["Encouraged “Post a photo” has no reward."],
                                "forbidden": ["Forbidden “Spam” has no penalty."]}
    with pytest.raises(ValidationError, match="must not be empty"):
        rules.rules.create(cid, {"text": " "}, kind="entry")
    with pytest.raises(ValidationError, match="too long"):
        rules.rules.create(cid, {"text": "x" * 501}, kind="entry")


def test_announcement_is_benefit_first(workspace):
    cid = communities.create("X", type_override="conversion")
    text = rules.announcement(cid)
    order = [text.index(h) for h in ("【Why this group】", "【We encourage】", "【Not allowed】", "【Our vision】")]
    assert order == sorted(order)
    assert "1. Sharing real experience or questions → +20 points" in text
    assert "1. Posting ads, QR codes or outside links → Removed from the group" in text
    assert "nickname" not in text  # entry criteria are for the admins
    assert communities.get(cid)["announcement"] == text  # the new community's suggestion is the same text
    assert text.endswith(communities.get(cid)["vision"])


def test_ladder_must_climb(workspace):
    cid = communities.create("X", type_override="learning")
    levels = ladder.levels.list(cid)
    with pytest.raises(ValidationError, match="must climb"):
        ladder.levels.update(levels[2]["id"], "threshold", 100)       # equal to the one below
    with pytest.raises(ValidationError, match="must climb"):
        ladder.levels.create(cid, {"name": "Bottom", "threshold": 5000}, position=0)
    with pytest.raises(ValidationError, match="must climb"):
        ladder.levels.move(cid, levels[3]["id"], 0)
    with pytest.raises(ValidationError, match="whole number"):
        ladder.levels.update(levels[1]["id"], "threshold", "lots")
    assert [lv["threshold"] for lv in ladder.levels.list(cid)] == [0, 100, 500, 2000]
    assert ladder.level_for(cid, 650) == levels[2]["name"]
    with pytest.raises(ValidationError, match="at least 0"):
        ladder.points.update(ladder.points.list(cid)[0]["id"], "points", -3)


def test_senses_links(workspace):
    cid = communities.create("X")
    assert senses.uncovered(cid) == list(senses.SENSES)
    role = roles.member_roles.list(cid)[5]
    rule = rules.rules.list(cid, kind="encouraged")[1]
    assert senses.set_links(cid, "belonging", [("member_role", role["id"]), ("rule", rule["id"])]) == []
    linked = senses.links(cid)["belonging"]
    assert [x[:2] for x in linked] == [("member_role", role["id"]), ("rule", rule["id"])]
    assert "belonging" not in senses.uncovered(cid)
    rules.rules.delete([rule["id"]])  # a deleted item no longer counts
    assert [x[0] for x in senses.links(cid)["belonging"]] == ["member_role"]


def test_demo_people_are_filled_and_duplicate_remaps_links(demo):
    assert senses.uncovered(demo) == []
    statuses = {r["status"] for r in roles.overview(demo)}
    assert {"operator", "cultivating", "member", "overdue"} <= statuses
    assert communities.get(demo)["announcement"].startswith("【Why this group】")
    copy = communities.duplicate(demo)
    original, copied = senses.links(demo), senses.links(copy)
    assert [[x[2] for x in original[s]] for s in senses.SENSES] == [[x[2] for x in copied[s]] for s in senses.SENSES]
    assert {x[:2] for s in senses.SENSES for x in copied[s]}.isdisjoint({x[:2] for s in senses.SENSES for x in original[s]})


def test_sop_owner_choices_offer_the_communitys_roles(workspace):
    from app.services import sop
    cid = communities.create("X")
    choices = sop.owner_choices(cid)
    assert choices[:2] == ["Owner", "Steward"]                        # team roles first
    assert "Opinion leader" in choices and "Content editor" in choices
    assert len(choices) == len(set(choices))


def test_content_columns_can_provide_a_sense(workspace):
    from app.services import content
    cid = communities.create("X")
    col = content.create_column(cid, {"name": "Weekly praise", "start_date": dt.date(2027, 1, 1),
                                      "end_date": dt.date(2027, 1, 31)}, today=dt.date(2027, 1, 1))
    assert ("content_column", col, "Column: Weekly praise") in senses.options(cid)
    senses.set_links(cid, "ceremony", [("content_column", col)])
    assert senses.links(cid)["ceremony"][0][2] == "Column: Weekly praise"
    copy = communities.duplicate(cid)
    assert senses.links(copy)["ceremony"][0][2] == "Column: Weekly praise"
