"""Rules (管理制度) and the group announcement (群公告) built "benefit first"."""
from __future__ import annotations

from app import domain
from app.i18n import tr
from app.services import communities
from app.services.fields import Field
from app.services.rows import RowTable
from app.storage.models import Rule

KINDS = ("entry", "encouraged", "forbidden")
REWARDS = ("material", "emotional")
PENALTIES = ("warning", "mute", "removal", "custom")
CONSEQUENCE_NAMES = {
    "material": ("物质奖励", "Material"), "emotional": ("精神奖励", "Emotional"),
    "warning": ("警告", "Warning"), "mute": ("禁言", "Mute"), "removal": ("移出", "Removal"),
    "custom": ("其他", "Custom"),
}

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
    """The announcement in benefit-first order: value → encouraged and rewards →
    forbidden and penalties → vision. Entry criteria are for admins, not members."""
    c = communities.get(community_id)
    parts = []
    if c["value_statement"].strip():
        parts.append(f"【{tr('Why this group')}】\n{c['value_statement'].strip()}")
    lines = [f"{i}. {r['text']} → {r['consequence'] or '…'}"
             for i, r in enumerate(rules.list(community_id, kind="encouraged"), start=1)]
    if lines:
        parts.append(f"【{tr('We encourage')}】\n" + "\n".join(lines))
    lines = [f"{i}. {r['text']} → " + (r["consequence"] or domain.pick(CONSEQUENCE_NAMES.get(r["consequence_kind"], ("…", "…"))))
             for i, r in enumerate(rules.list(community_id, kind="forbidden"), start=1)]
    if lines:
        parts.append(f"【{tr('Not allowed')}】\n" + "\n".join(lines))
    if c["vision"].strip():
        parts.append(f"【{tr('Our vision')}】\n{c['vision'].strip()}")
    return "\n\n".join(parts)
