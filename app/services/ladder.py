"""Growth system (成长体系): point rules and a level ladder that must climb."""
from __future__ import annotations

from app.errors import ValidationError
from app.i18n import tr
from app.services.fields import Field
from app.services.rows import RowTable
from app.storage.models import Level, PointRule

SOURCES = ("behaviour", "purchase")
SOURCE_NAMES = {"behaviour": ("行为", "Behaviour"), "purchase": ("消费", "Purchase")}


def check_ladder(community_id: int) -> None:
    """Refuse a ladder whose thresholds do not strictly increase from level to level."""
    levels = list(Level.select().where(Level.community == community_id).order_by(Level.position, Level.id))
    for lower, upper in zip(levels, levels[1:]):
        if upper.threshold <= lower.threshold:
            raise ValidationError(tr(
                "The level ladder must climb: “{upper}” needs more than {points} points "
                "(the threshold of “{lower}”).", upper=upper.name, lower=lower.name, points=lower.threshold))


points = RowTable(PointRule, {
    "behaviour": Field("Behaviour or purchase", required=True),
    "source": Field("Source", kind="choice", choices=SOURCES),
    "points": Field("Points", kind="int", required=True, minimum=0),
})

levels = RowTable(Level, {
    "name": Field("Level", required=True),
    "threshold": Field("Points needed", kind="int", required=True, minimum=0),
    "privileges": Field("Privileges", kind="text"),
}, check=check_ladder)


def level_for(community_id: int, score: int) -> str | None:
    """The level a member with this many points has reached."""
    reached = [lv for lv in levels.list(community_id) if lv["threshold"] <= score]
    return reached[-1]["name"] if reached else None
