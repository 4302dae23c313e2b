"""The four senses (社群4感) and what in the plan provides each."""
from __future__ import annotations

from app import domain
from app.services import content, roles, rules, sop
from app.storage.models import SenseLink, database

SENSES = ("ceremony", "participation", "organisation", "belonging")
SENSE_NAMES = {
    "ceremony": ("仪式感", "Ceremony"), "participation": ("参与感", "Participation"),
    "organisation": ("组织感", "Organisation"), "belonging": ("归属感", "Belonging"),
}
SENSE_HINTS = {
    "ceremony": ("开群仪式、入群欢迎、颁奖", "opening ceremony, welcome, awards"),
    "participation": ("打卡、话题、共创活动", "check-ins, topics, co-created activities"),
    "organisation": ("角色分工、群规、值班", "roles, rules, duty roster"),
    "belonging": ("身份、等级、专属称号", "identity, levels, titles"),
}


def options(community_id: int) -> list[tuple[str, int, str]]:
    """Everything that can provide a sense: (ref_kind, id, label)."""
    out = [("member_role", r["id"], f"{domain.pick(('角色', 'Role'))}: {r['name']}")
           for r in roles.member_roles.list(community_id)]
    out += [("team_role", r["id"], f"{domain.pick(('团队', 'Team'))}: {r['name']}")
            for r in roles.team.list(community_id)]
    out += [("rule", r["id"], f"{domain.pick(('规则', 'Rule'))}: {r['text']}")
            for kind in rules.KINDS for r in rules.rules.list(community_id, kind=kind)]
    out += [("content_column", r["id"], f"{domain.pick(('栏目', 'Column'))}: {r['name']}")
            for r in content.columns.list(community_id)]
    out += [("sop_row", r["id"], f"SOP: {r['task']}")
            for table in sop.TABLES[:4] for r in sop.rows.list(community_id, table=table)]
    return out


def links(community_id: int) -> dict[str, list[tuple[str, int, str]]]:
    """Per sense, the items linked to it that still exist."""
    labels = {(kind, ref_id): label for kind, ref_id, label in options(community_id)}
    out: dict[str, list] = {s: [] for s in SENSES}
    for link in SenseLink.select().where(SenseLink.community == community_id).order_by(SenseLink.id):
        label = labels.get((link.ref_kind, link.ref_id))
        if label is not None:
            out[link.sense].append((link.ref_kind, link.ref_id, label))
    return out


def set_links(community_id: int, sense: str, refs: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Replace what provides one sense; returns the previous list (for undo)."""
    if sense not in SENSES:
        raise ValueError(sense)
    with database.atomic():
        q = SenseLink.select().where((SenseLink.community == community_id) & (SenseLink.sense == sense))
        before = [(link.ref_kind, link.ref_id) for link in q.order_by(SenseLink.id)]
        SenseLink.delete().where((SenseLink.community == community_id) & (SenseLink.sense == sense)).execute()
        for kind, ref_id in refs:
            SenseLink.create(community=community_id, sense=sense, ref_kind=kind, ref_id=ref_id)
    return before


def uncovered(community_id: int) -> list[str]:
    return [s for s, items in links(community_id).items() if not items]
