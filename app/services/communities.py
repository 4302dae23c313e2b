"""Communities: create, rename, edit basics, duplicate, delete (soft, so it can be undone)."""
from __future__ import annotations

import datetime as dt

from app import domain
from app.errors import ValidationError
from app.i18n import language, tr
from app.services import templates
from app.services.fields import Field
from app.storage.models import COMMUNITY_TABLES, SENSE_REF_MODELS, Community, SenseLink, database

FIELDS = {
    "name": Field("Name", required=True),
    "platform": Field("Platform", kind="choice", choices=tuple(domain.PLATFORMS)),
    "type_override": Field("Type", kind="choice", choices=("", *domain.TYPES)),
    "offering": Field("What it sells or serves", max_len=300),
    "start_date": Field("Start date", kind="date", required=True),
    "end_date": Field("Planned end date", kind="date"),
    **{key: Field(label, kind="text") for key, label in (
        ("why", "Why"), ("what", "What"), ("where", "Where"),
        ("who", "Who"), ("when", "When"), ("how", "How"))},
    **{key: Field(label, kind="text", max_len=5000) for key, label in (
        ("background_trends", "Industry trends"), ("background_needs", "User needs"),
        ("background_competition", "Competition"), ("problem_symptoms", "Symptoms"),
        ("problem_causes", "Causes"), ("problem_impact", "Impact"), ("long_term_goal", "Long-term goal"))},
    "value_statement": Field("Community value", kind="text", max_len=2000),
    "vision": Field("Vision", kind="text", max_len=2000),
    "announcement": Field("Announcement", kind="text"),
    "announcement_limit": Field("Announcement limit", kind="int", required=True, minimum=50),
    "product_threshold": Field("Product content limit (%)", kind="int", required=True, minimum=1, maximum=100),
    "healthy_low": Field("Healthy speaking rate from (%)", kind="int", required=True, minimum=0, maximum=100),
    "healthy_high": Field("Healthy speaking rate to (%)", kind="int", required=True, minimum=0, maximum=100),
    "dying_below": Field("Dying below (%)", kind="int", required=True, minimum=0, maximum=100),
}


def list_communities() -> list[dict]:
    q = (Community.select(Community.id, Community.name, Community.platform, Community.type_override,
                          Community.aidass_start, Community.aidass_end, Community.start_date,
                          Community.end_date, Community.example)
         .where(Community.deleted == False)  # noqa: E712 (peewee expression)
         .order_by(Community.position, Community.id))
    return [dict(row, type=domain.effective_type(row)) for row in q.dicts()]


def get(community_id: int) -> dict:
    row = (Community.select().where((Community.id == community_id) & (Community.deleted == False))  # noqa: E712
           .dicts().first())
    if row is None:
        raise ValidationError(tr("Community {id} does not exist.", id=community_id))
    row["type"] = domain.effective_type(row)
    return row


def find(name_or_id: str) -> dict:
    """Resolve a CLI argument: an id, or an exact (then unique partial) name."""
    if not str(name_or_id).strip():  # (a blank would match every name partially)
        raise ValidationError(tr("Name a community: its name or its id."))
    rows = list_communities()
    if str(name_or_id).isdigit():
        for row in rows:
            if row["id"] == int(name_or_id):
                return row
    exact = [r for r in rows if r["name"] == name_or_id]
    partial = [r for r in rows if str(name_or_id).lower() in r["name"].lower()]
    found = exact or partial
    if len(found) == 1:
        return found[0]
    if not found:
        raise ValidationError(tr("No community is called {name}.", name=name_or_id))
    raise ValidationError(tr("{name} matches several communities; use its id.", name=name_or_id))


def default_launch(today: dt.date | None = None) -> dt.date:
    """21 days ahead: the planning SOP's first row (T-21) falls on today."""
    return (today or dt.date.today()) + dt.timedelta(days=LAUNCH_LEAD_DAYS)


LAUNCH_LEAD_DAYS = 21


def create(name: str, *, platform: str = "wechat", type_override: str | None = None,
           start_date: dt.date | None = None, offering: str = "", lang: str | None = None,
           span: tuple[int, int] | None = None, example: bool = False, apply_templates: bool = True) -> int:
    """A new community as the wizard makes it: the templates of its type and language
    (as suggestions), launching on `start_date` (default: 21 days from today).

    `type_override` picks the type directly (its usual span is stored for the community
    matrix); `span` marks the AIDASS stages instead and the type follows from them."""
    if type_override and type_override not in domain.TYPES:
        raise ValidationError(tr("Unknown community type “{type}”; use one of: {types}.",
                                 type=type_override, types=", ".join(domain.TYPES)))
    lang = lang or language()
    if lang not in LANGUAGES:
        raise ValidationError(tr("Unknown template language “{lang}”; use one of: {langs}.",
                                 lang=lang, langs=", ".join(LANGUAGES)))
    if span is None and type_override:
        span = domain.TYPE_SPANS.get(type_override)
    if span is not None and not 0 <= span[0] <= span[1] <= 5:
        raise ValidationError(tr("The AIDASS span must be a run of consecutive stages."))
    values = {"name": FIELDS["name"].clean(name), "platform": FIELDS["platform"].clean(platform),
              "offering": FIELDS["offering"].clean(offering)}
    with database.atomic():
        top = Community.select(Community.position).order_by(Community.position.desc()).scalar() or 0
        row = Community.create(**values, type_override=type_override or None,
                               start_date=start_date or default_launch(), position=top + 1,
                               language=lang, example=example,
                               aidass_start=span[0] if span else None, aidass_end=span[1] if span else None)
        if apply_templates:
            templates.apply_all(row.id)
    return row.id


LANGUAGES = ("zh_CN", "en")  # the languages templates exist in


def update(community_id: int, field: str, value):
    """Store one field of a community; returns the previous value (for undo)."""
    if field not in FIELDS:
        raise KeyError(field)
    value = FIELDS[field].clean(value)
    if field == "type_override":
        value = value or None
    with database.atomic():
        row = get(community_id)
        start = value if field == "start_date" else row["start_date"]
        end = value if field == "end_date" else row["end_date"]
        if start and end and end < start:
            raise ValidationError(tr("The planned end date {end} is before the start date {start}.",
                                     end=end, start=start))
        suggested = [f for f in row["suggested_fields"].split(",") if f and f != field]
        Community.update({field: value, "suggested_fields": ",".join(suggested)}).where(
            Community.id == community_id).execute()
    return row[field]


def set_span(community_id: int, start: int | None, end: int | None) -> tuple:
    """Store the AIDASS span the community covers; returns the previous span."""
    if (start is None) != (end is None) or (start is not None and not 0 <= start <= end <= 5):
        raise ValidationError(tr("The AIDASS span must be a run of consecutive stages."))
    with database.atomic():
        row = get(community_id)
        Community.update(aidass_start=start, aidass_end=end).where(Community.id == community_id).execute()
    return row["aidass_start"], row["aidass_end"]


def set_deleted(community_id: int, deleted: bool) -> None:
    """Delete (or bring back) a community. Rows stay until purge so undo can restore it."""
    with database.atomic():
        Community.update(deleted=deleted).where(Community.id == community_id).execute()


def duplicate(community_id: int, new_name: str | None = None) -> int:
    """Copy a community and everything it owns; foreign keys between its rows follow."""
    source = get(community_id)
    name = FIELDS["name"].clean(new_name or tr("{name} (copy)", name=source["name"]))
    with database.atomic():
        fields = {k: v for k, v in source.items() if k not in ("id", "type", "created_at", "example")}
        top = Community.select(Community.position).order_by(Community.position.desc()).scalar() or 0
        copy = Community.create(**{**fields, "name": name, "position": top + 1})
        id_maps: dict = {Community: {community_id: copy.id}}
        for model in COMMUNITY_TABLES:
            id_maps[model] = {}
            fks = [f for f in model._meta.fields.values() if hasattr(f, "rel_model")]
            for row in model.select().where(model.community == community_id).dicts():
                old_id = row.pop("id")
                for fk in fks:
                    if row[fk.name] is not None:  # (a shared script is nobody's: the link stays)
                        row[fk.name] = id_maps[fk.rel_model].get(row[fk.name], row[fk.name])
                if model is SenseLink:  # a plain id into one of several tables
                    row["ref_id"] = id_maps[SENSE_REF_MODELS[row["ref_kind"]]].get(row["ref_id"])
                    if row["ref_id"] is None:
                        continue
                id_maps[model][old_id] = model.insert(**row).execute()
    return copy.id


def purge_deleted() -> int:
    """Remove communities deleted in an earlier session (undo history is gone by then)."""
    with database.atomic():
        return Community.delete().where(Community.deleted == True).execute()  # noqa: E712
