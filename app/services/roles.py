"""People (社群人员管理): the operations team, member roles and their hand-over."""
from __future__ import annotations

import datetime as dt

from app.i18n import tr
from app.services.fields import Field
from app.services.rows import RowTable
from app.storage.models import MemberRole, RoleAssignment, TeamRole

HANDOVER = ("operator", "cultivating", "member")
HANDOVER_NAMES = {
    "operator": ("运营扮演", "Operator plays it"),
    "cultivating": ("培养成员中", "Cultivating a member"),
    "member": ("成员担任", "Member holds it"),
}
# what the overview shows for a role, worst first
STATUS_NAMES = {
    "unfilled": ("空缺", "Unfilled"),
    "overdue": ("交接逾期", "Hand-over overdue"),
    "operator": ("运营扮演中", "Played by the operator"),
    "cultivating": ("培养中", "Cultivating"),
    "member": ("成员担任", "Held by a member"),
}

team = RowTable(TeamRole, {
    "name": Field("Role", required=True),
    "duty": Field("Duty", kind="text"),
    "holder": Field("Holder"),
    "contact": Field("Contact / notes", kind="text"),
    "front": Field("Members see it", kind="bool"),
    "hours_per_week": Field("Hours per week", kind="int", minimum=0, maximum=168),
})

member_roles = RowTable(MemberRole, {
    "name": Field("Role", required=True),
    "duty": Field("Duty", kind="text"),
    "key": Field("Key role", kind="bool"),
}, children=((RoleAssignment, "role"),))

assignments = RowTable(RoleAssignment, {
    "holder": Field("Holder"),
    "stage": Field("Hand-over stage", kind="choice", choices=HANDOVER),
    "target_date": Field("Target date", kind="date"),
    "notes": Field("Notes", kind="text"),
}, scope=("role",))


def holder_label(assignment: dict) -> str:
    """Who holds the role now: the operator until the member has taken it over."""
    if assignment["stage"] == "member":
        return assignment["holder"] or tr("a member")
    return tr("the operator")


def add_assignment(community_id: int, role_id: int, values: dict | None = None) -> int:
    return assignments.create(community_id, values, role=role_id)


def next_stage(stage: str) -> str | None:
    """The hand-over stage after `stage`, or None once the member holds the role."""
    i = HANDOVER.index(stage)
    return HANDOVER[i + 1] if i + 1 < len(HANDOVER) else None


def advance(assignment_id: int) -> str:
    """Move an assignment one hand-over stage on; returns the previous stage."""
    stage = assignments.get(assignment_id)["stage"]
    if next_stage(stage):
        assignments.update(assignment_id, "stage", next_stage(stage))
    return stage


def role_status(role_assignments: list[dict], today: dt.date) -> str:
    """unfilled / overdue / operator / cultivating / member for one role."""
    if not role_assignments:
        return "unfilled"
    if any(a["stage"] != "member" and a["target_date"] and a["target_date"] < today
           for a in role_assignments):
        return "overdue"
    if any(a["stage"] == "member" for a in role_assignments):
        return "member"
    if any(a["stage"] == "cultivating" for a in role_assignments):
        return "cultivating"
    return "operator"


def overview(community_id: int, today: dt.date | None = None) -> list[dict]:
    """Member roles with their assignments, status and who holds them now."""
    today = today or dt.date.today()
    by_role: dict[int, list[dict]] = {}
    for a in (RoleAssignment.select().where(RoleAssignment.community == community_id)
              .order_by(RoleAssignment.position, RoleAssignment.id).dicts()):
        by_role.setdefault(a["role"], []).append(a)
    out = []
    for role in member_roles.list(community_id):
        assigned = by_role.get(role["id"], [])
        status = role_status(assigned, today)
        holders = ", ".join(holder_label(a) for a in assigned)
        out.append({**role, "assignments": assigned, "status": status, "holders": holders})
    return out


def attention(community_id: int, today: dt.date | None = None) -> dict[str, list[str]]:
    """Key roles that need the operator: unfilled, overdue, still played by the operator."""
    out: dict[str, list[str]] = {"unfilled": [], "overdue": [], "operator": []}
    for role in overview(community_id, today):
        if role["key"] and role["status"] in out:
            out[role["status"]].append(role["name"])
    return out
