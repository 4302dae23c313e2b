"""The group announcement (群公告) composed "benefit first" (DOMAIN.md §3): value →
encouraged behaviours and rewards → forbidden behaviours and penalties → vision.

Pure text from loaded values, so both the rules tab and the templates of a new
community compose it the same way. Entry criteria are for admins, not members.
"""
from __future__ import annotations

from app import domain
from app.i18n import tr


def compose(value_statement: str, vision: str, encouraged: list[dict], forbidden: list[dict]) -> str:
    parts = []
    if value_statement.strip():
        parts.append(f"【{tr('Why this group')}】\n{value_statement.strip()}")
    lines = [f"{i}. {r['text']} → {r['consequence'] or '…'}" for i, r in enumerate(encouraged, start=1)]
    if lines:
        parts.append(f"【{tr('We encourage')}】\n" + "\n".join(lines))
    lines = [f"{i}. {r['text']} → " + (r["consequence"] or domain.label(domain.CONSEQUENCES, r["consequence_kind"])
                                        or "…")
             for i, r in enumerate(forbidden, start=1)]
    if lines:
        parts.append(f"【{tr('Not allowed')}】\n" + "\n".join(lines))
    if vision.strip():
        parts.append(f"【{tr('Our vision')}】\n{vision.strip()}")
    return "\n\n".join(parts)
