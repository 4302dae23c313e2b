"""Rules (管理制度) and the group announcement (群公告) built "benefit first"."""
from __future__ import annotations

from app import domain
from app.i18n import tr
from app.services import communities
from app.services.announcement import compose
from app.services.fields import Field
from app.services.rows import RowTable
from app.storage.models import Rule

KINDS = ("entry", "encouraged", "forbidden")
REWARDS = ("material", "emotional")
PENALTIES = ("warning", "mute", "removal", "custom")
CONSEQUENCE_NAMES = domain.CONSEQUENCES

rules = RowTable(Rule, {
    "text": Field("Behaviour", kind="text", required=True, max_len=500),
    "consequence_kind": Field("Kind", kind="choice", choices=("", *REWARDS, *PENALTIES)),
    "consequence": Field("Reward / penalty", kind="text", max_len=500),
}, scope=("kind",))


def missing_consequence(rule: dict) -> bool:
    """An encouraged behaviour without a reward, or a forbidden one without a penalty."""
    return rule["kind"] in ("encouraged", "forbidden") and not (rule["consequence"] or "").strip()


def flags(community_id: int) -> dict[str, list[str]]:
    """Per kind, one line for each rule that lacks its reward or penalty."""
    messages = {"encouraged": lambda text: tr("Encouraged “{text}” has no reward.", text=text),
                "forbidden": lambda text: tr("Forbidden “{text}” has no penalty.", text=text)}
    return {kind: [message(r["text"]) for r in rules.list(community_id, kind=kind) if missing_consequence(r)]
            for kind, message in messages.items()}


def announcement(community_id: int) -> str:
    c = communities.get(community_id)
    return compose(c["value_statement"], c["vision"], rules.list(community_id, kind="encouraged"),
                   rules.list(community_id, kind="forbidden"))
