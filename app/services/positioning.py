"""Positioning (社群定位): business model map, AIDASS span reading, 5W1H completeness."""
from __future__ import annotations

from app import domain
from app.i18n import tr
from app.services.fields import Field
from app.services.rows import RowTable
from app.storage.models import Counterparty, database

counterparties = RowTable(Counterparty, {
    "name": Field("Counterparty", required=True),
    "gives": Field("Value given", kind="text"),
    "receives": Field("Value received", kind="text"),
    "notes": Field("Notes", kind="text"),
    "served": Field("Served", kind="bool"),
})

W5H1 = ("why", "what", "where", "who", "when", "how")


def set_served(row_id: int, served: bool) -> list[int]:
    """Mark the counterparty this community serves (only one); returns the ids marked before."""
    row = counterparties.get(row_id)
    with database.atomic():
        before = [r.id for r in Counterparty.select(Counterparty.id).where(
            (Counterparty.community == row["community"]) & (Counterparty.served == True))]  # noqa: E712
        Counterparty.update(served=False).where(Counterparty.community == row["community"]).execute()
        if served:
            Counterparty.update(served=True).where(Counterparty.id == row_id).execute()
    return before


def restore_served(community_id: int, ids: list[int]) -> None:
    with database.atomic():
        Counterparty.update(served=Counterparty.id.in_(ids or [0])).where(
            Counterparty.community == community_id).execute()


def missing_answers(community: dict) -> list[str]:
    """The 5W1H questions still without a real answer, in order."""
    return [key for key in W5H1 if not (community.get(key) or "").strip()]


def reading(community: dict) -> dict:
    """What the span implies: type, its priority and KPIs, and reminders."""
    span = domain.type_for_span(community["aidass_start"], community["aidass_end"],
                                community["start_date"], community["end_date"])
    effective = community.get("type_override") or span.type
    notes = []
    if effective == "flash":
        notes.append(tr("A flash group runs on a script: plan its timed sequence in the event SOP."))
    if span.whole_path and span.type != "flash":
        notes.append(tr("A long-lived community covering the whole path has no single job; "
                        "consider a community matrix of consecutive spans."))
    if community.get("type_override") and span.type and span.type != community["type_override"]:
        notes.append(tr("The chosen type differs from what the span implies ({type}).",
                        type=domain.label(domain.TYPES, span.type)))
    priority = kpis = ""
    if effective:
        priority, kpis = (domain.pick(p) for p in domain.TYPE_PRIORITY[effective])
    return {"derived": span.type, "type": effective, "priority": priority, "kpis": kpis,
            "notes": notes}
