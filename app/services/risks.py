"""The risk register (风险登记): each risk's category, likelihood and impact (1–5), the level
they give (domain.risk_level), the response and its concrete measure, an owner and the next
review date."""
from __future__ import annotations

import datetime as dt

from app import domain
from app.services.fields import Field
from app.services.rows import RowTable
from app.storage.models import Risk

risks = RowTable(Risk, {
    "category": Field("Category", kind="choice", choices=tuple(domain.RISK_CATEGORIES)),
    "description": Field("Risk", kind="text", required=True, max_len=2000),
    "likelihood": Field("Likelihood", kind="int", required=True, minimum=1, maximum=5),
    "impact": Field("Impact", kind="int", required=True, minimum=1, maximum=5),
    "response": Field("Response", kind="choice", choices=tuple(domain.RISK_RESPONSES)),
    "measure": Field("Measure", kind="text", max_len=2000),
    "owner": Field("Owner"),
    "review_date": Field("Next review", kind="date"),
})


def with_levels(rows: list[dict]) -> list[dict]:
    """Rows with their computed `level`."""
    return [{**r, "level": domain.risk_level(r["likelihood"], r["impact"])} for r in rows]


def heat_map(rows: list[dict]) -> dict[tuple[int, int], int]:
    """How many risks sit at each (likelihood, impact)."""
    out: dict[tuple[int, int], int] = {}
    for r in rows:
        key = (r["likelihood"], r["impact"])
        out[key] = out.get(key, 0) + 1
    return out


def needs_attention(row: dict, today: dt.date) -> str | None:
    """Why a confirmed risk needs the operator: a high or critical one with no measure, or
    a review date that has passed."""
    level = domain.risk_level(row["likelihood"], row["impact"])
    if level in ("high", "critical") and not (row["measure"] or "").strip():
        return "measure"
    if row["review_date"] and row["review_date"] < today:
        return "review"
    return None
