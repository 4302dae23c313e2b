"""peewee models of a workspace. One workspace file holds many communities.

Every table that belongs to a community has a `community` foreign key with
ON DELETE CASCADE, and an integer `position` where the user controls the order.
"""
from __future__ import annotations

import datetime as dt

import peewee as pw

database = pw.DatabaseProxy()


class NeverReusedId(pw.AutoField):
    """INTEGER PRIMARY KEY AUTOINCREMENT. Without AUTOINCREMENT SQLite gives a new row the
    id of the newest row deleted; undo puts deleted rows back under their own ids, and a
    row made meanwhile (in a community whose creation was undone, so still there, hidden)
    could hold that id already."""

    def ddl(self, ctx):
        return pw.NodeList((super().ddl(ctx), pw.SQL("AUTOINCREMENT")))


class BaseModel(pw.Model):
    id = NeverReusedId()

    class Meta:
        database = database
        legacy_table_names = False


class Community(BaseModel):
    name = pw.CharField(max_length=200)
    platform = pw.CharField(default="wechat")
    type_override = pw.CharField(null=True)  # None: use the type the AIDASS span implies
    offering = pw.TextField(default="")  # what the business sells or serves, in one line
    start_date = pw.DateField(default=dt.date.today)
    end_date = pw.DateField(null=True)
    aidass_start = pw.IntegerField(null=True)
    aidass_end = pw.IntegerField(null=True)
    # 5W1H self-check, from the member's point of view
    why = pw.TextField(default="")
    what = pw.TextField(default="")
    where = pw.TextField(default="")
    who = pw.TextField(default="")
    when = pw.TextField(default="")
    how = pw.TextField(default="")
    language = pw.CharField(default="zh_CN")  # language of its templates
    # rules and announcement (管理制度, 群公告)
    value_statement = pw.TextField(default="")
    vision = pw.TextField(default="")
    announcement = pw.TextField(default="")
    announcement_limit = pw.IntegerField(default=1000)  # chat apps cap announcement length
    product_threshold = pw.IntegerField(default=40)  # % of product content that triggers a warning
    # speaking-rate bands of the growth chart, in % (DOMAIN.md: weekly 15–25% healthy, < 10% dying)
    healthy_low = pw.IntegerField(default=15)
    healthy_high = pw.IntegerField(default=25)
    dying_below = pw.IntegerField(default=10)
    position = pw.IntegerField(default=0)
    deleted = pw.BooleanField(default=False)  # soft delete, so deleting can be undone
    example = pw.BooleanField(default=False)  # the demo: marked 示例 everywhere, removable
    # the plan document's own chapters (社群运营方案 §1–3): short structured texts
    background_trends = pw.TextField(default="")
    background_needs = pw.TextField(default="")
    background_competition = pw.TextField(default="")
    problem_symptoms = pw.TextField(default="")
    problem_causes = pw.TextField(default="")
    problem_impact = pw.TextField(default="")
    long_term_goal = pw.TextField(default="")  # what success looks like at the planned end
    # community text fields still holding an unconfirmed template suggestion (comma-separated)
    suggested_fields = pw.CharField(default="")
    created_at = pw.DateTimeField(default=dt.datetime.now)


class Counterparty(BaseModel):
    """A row of the business model map (业务模型梳理)."""
    community = pw.ForeignKeyField(Community, backref="counterparties", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    name = pw.CharField(max_length=200, default="")
    gives = pw.TextField(default="")     # what the business gives them
    receives = pw.TextField(default="")  # what flows back to the business
    notes = pw.TextField(default="")
    served = pw.BooleanField(default=False)  # the counterparty this community serves


class Script(BaseModel):
    """A reusable text (话术): a welcome, an announcement, an event-day message… Its body holds
    variables in braces ({群名}, {T0}…) filled from the community and the agenda item.
    community NULL: shared by every community of the workspace."""
    community = pw.ForeignKeyField(Community, null=True, backref="scripts", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    title = pw.CharField(max_length=200, default="")
    kind = pw.CharField(default="other")  # app.services.scripts.KINDS
    body = pw.TextField(default="")
    template_key = pw.CharField(null=True)
    suggested = pw.BooleanField(default=False)  # from a template, not yet confirmed by the user


class SopEvent(BaseModel):
    """A named block of the event SOP with its own T0 (e.g. a 618 flash sale)."""
    community = pw.ForeignKeyField(Community, backref="sop_events", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    name = pw.CharField(max_length=200)
    t0 = pw.DateField()


class SopRow(BaseModel):
    community = pw.ForeignKeyField(Community, backref="sop_rows", on_delete="CASCADE")
    table = pw.CharField()  # planning / setup / growth / daily / event
    event = pw.ForeignKeyField(SopEvent, null=True, backref="rows", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    stage = pw.CharField(default="")
    timing = pw.CharField(default="")
    task = pw.TextField(default="")
    actions = pw.TextField(default="")
    owner = pw.CharField(default="")
    materials = pw.TextField(default="")
    criterion = pw.TextField(default="")
    status = pw.CharField(default="todo")
    notes = pw.TextField(default="")
    template_key = pw.CharField(null=True)  # which template row it came from
    minutes = pw.IntegerField(null=True)  # the time one occurrence takes (the time budget adds them up)
    # the text to post at that moment (no index: looked up from the row, never the other way)
    script = pw.ForeignKeyField(Script, null=True, on_delete="SET NULL", index=False)

    suggested = pw.BooleanField(default=False)  # from a template, not yet confirmed by the user
    class Meta:
        indexes = ((("community", "table", "position"), False),)


class TeamRole(BaseModel):
    """The operations team (运营团队): who members go to for what."""
    community = pw.ForeignKeyField(Community, backref="team_roles", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    name = pw.CharField(max_length=200)
    duty = pw.TextField(default="")
    holder = pw.CharField(default="")
    contact = pw.TextField(default="")
    front = pw.BooleanField(default=True)  # members see it (群主, 管家…) or behind the scenes
    hours_per_week = pw.IntegerField(null=True)  # the time its holder has for the community
    suggested = pw.BooleanField(default=False)  # from a template, not yet confirmed by the user


class MemberRole(BaseModel):
    """A member role (社群角色) such as 意见领袖, with its hand-over assignments."""
    community = pw.ForeignKeyField(Community, backref="member_roles", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    name = pw.CharField(max_length=200)
    duty = pw.TextField(default="")
    key = pw.BooleanField(default=False)  # a key role the community needs filled
    template_key = pw.CharField(null=True)
    suggested = pw.BooleanField(default=False)  # from a template, not yet confirmed by the user


class RoleAssignment(BaseModel):
    community = pw.ForeignKeyField(Community, backref="role_assignments", on_delete="CASCADE")
    role = pw.ForeignKeyField(MemberRole, backref="assignments", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    holder = pw.CharField(default="")      # the member taking it over (empty: the operator)
    stage = pw.CharField(default="operator")  # operator → cultivating → member
    target_date = pw.DateField(null=True)  # when the member should hold it
    notes = pw.TextField(default="")


class Rule(BaseModel):
    """管理制度: entry criteria, encouraged behaviours (+reward), forbidden ones (+penalty)."""
    community = pw.ForeignKeyField(Community, backref="rules", on_delete="CASCADE")
    kind = pw.CharField()  # entry / encouraged / forbidden
    position = pw.IntegerField(default=0)
    text = pw.TextField(default="")
    consequence_kind = pw.CharField(default="")  # material/emotional or warning/mute/removal/custom
    consequence = pw.TextField(default="")       # the reward or penalty itself
    suggested = pw.BooleanField(default=False)  # from a template, not yet confirmed by the user


class PointRule(BaseModel):
    """成长体系: a behaviour or purchase earns points (its weight)."""
    community = pw.ForeignKeyField(Community, backref="point_rules", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    behaviour = pw.CharField(max_length=200)
    source = pw.CharField(default="behaviour")  # behaviour / purchase
    points = pw.IntegerField(default=1)
    suggested = pw.BooleanField(default=False)  # from a template, not yet confirmed by the user


class Level(BaseModel):
    community = pw.ForeignKeyField(Community, backref="levels", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    name = pw.CharField(max_length=200)
    threshold = pw.IntegerField(default=0)
    privileges = pw.TextField(default="")
    suggested = pw.BooleanField(default=False)  # from a template, not yet confirmed by the user


class SenseLink(BaseModel):
    """Which rule, role or SOP row provides one of the four senses (社群4感)."""
    community = pw.ForeignKeyField(Community, backref="sense_links", on_delete="CASCADE")
    sense = pw.CharField()     # ceremony / participation / organisation / belonging
    ref_kind = pw.CharField()  # rule / member_role / team_role / sop_row
    ref_id = pw.IntegerField()


class ContentColumn(BaseModel):
    """A column (栏目): a recurring slot that generates calendar entries."""
    community = pw.ForeignKeyField(Community, backref="content_columns", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    name = pw.CharField(max_length=200)
    content_class = pw.CharField(default="values")   # product / values / interaction
    packaging = pw.CharField(default="topic")        # topic / activity / marketing
    format = pw.CharField(default="text")
    owner = pw.CharField(default="")
    schedule = pw.CharField(default="weekdays")      # daily / weekdays / weekly / monthly
    weekdays = pw.CharField(default="0,1,2,3,4")     # Monday = 0, for weekdays and weekly
    day_of_month = pw.IntegerField(default=1)        # for monthly; 31 means the month's last day
    time = pw.CharField(default="08:30")             # HH:MM local time, no time zone
    start_date = pw.DateField()
    end_date = pw.DateField(null=True)               # open-ended columns are filled ahead
    minutes = pw.IntegerField(null=True)             # the time one entry takes to make and post
    suggested = pw.BooleanField(default=False)  # from a template, not yet confirmed by the user


class Entry(BaseModel):
    """One planned piece of content on the calendar (内容日历)."""
    community = pw.ForeignKeyField(Community, backref="entries", on_delete="CASCADE")
    column = pw.ForeignKeyField(ContentColumn, null=True, backref="entries", on_delete="SET NULL")
    slot_date = pw.DateField(null=True)   # the column slot it fills (kept when moved by hand)
    date = pw.DateField()
    time = pw.CharField(default="")
    title = pw.CharField(max_length=300, default="")
    content_class = pw.CharField(default="values")
    packaging = pw.CharField(default="topic")
    format = pw.CharField(default="text")
    owner = pw.CharField(default="")
    status = pw.CharField(default="idea")  # idea / drafted / scheduled / published / skipped
    notes = pw.TextField(default="")
    edited = pw.BooleanField(default=False)  # changed by hand: a column edit leaves it alone
    position = pw.IntegerField(default=0)
    script = pw.ForeignKeyField(Script, null=True, on_delete="SET NULL", index=False)  # the text to post

    class Meta:
        indexes = ((("community", "date"), False),)


class Metric(BaseModel):
    """The numbers of one day (or one week, dated on its first day). None is a gap, not zero."""
    # no index of its own: the unique (community, date) index below serves lookups by community,
    # and one index fewer makes a 100,000-row import about a fifth faster
    community = pw.ForeignKeyField(Community, backref="metrics", on_delete="CASCADE", index=False)
    date = pw.DateField()
    total = pw.IntegerField(null=True)        # members at the end of the day
    joined = pw.IntegerField(null=True)
    left = pw.IntegerField(null=True)
    speakers = pw.IntegerField(null=True)     # members who spoke
    messages = pw.IntegerField(null=True)
    conversions = pw.IntegerField(null=True)  # members who paid
    revenue = pw.FloatField(null=True)        # GMV
    position = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("community", "date"), True),)


class Goal(BaseModel):
    """A SMART goal: reach `target` of `metric` by `deadline`, starting from `start_value`."""
    community = pw.ForeignKeyField(Community, backref="goals", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    metric = pw.CharField(default="total")
    target = pw.FloatField()
    deadline = pw.DateField()
    start_value = pw.FloatField(null=True)
    start_date = pw.DateField()
    notes = pw.TextField(default="")
    serves_long_term = pw.BooleanField(default=True)  # a step towards the community's long-term goal


class StagePeriod(BaseModel):
    """When the community entered a lifecycle stage (shaded behind the growth charts).

    The one place the stage lives: the current stage is the latest period that has begun."""
    community = pw.ForeignKeyField(Community, backref="stage_periods", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    stage = pw.CharField()
    start_date = pw.DateField()


class Risk(BaseModel):
    """A row of the risk register (风险登记): likelihood × impact gives its level (domain.risk_level)."""
    community = pw.ForeignKeyField(Community, backref="risks", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    category = pw.CharField(default="other")
    description = pw.TextField(default="")
    likelihood = pw.IntegerField(default=3)  # 1..5
    impact = pw.IntegerField(default=3)      # 1..5
    response = pw.CharField(default="reduce")  # avoid / reduce / transfer / accept
    measure = pw.TextField(default="")
    owner = pw.CharField(default="")
    review_date = pw.DateField(null=True)
    suggested = pw.BooleanField(default=False)  # from a template, not yet confirmed by the user
    template_key = pw.CharField(null=True)


class MemberLayer(BaseModel):
    """A member layer (新成员 / 活跃 / 忠诚 / 流失) defined in the community's own terms."""
    community = pw.ForeignKeyField(Community, backref="member_layers", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    layer = pw.CharField()  # new / active / loyal / lost
    definition = pw.TextField(default="")  # e.g. "active: spoke in the last 7 days"
    target_share = pw.IntegerField(null=True)  # % of members the plan aims at
    actions = pw.TextField(default="")  # what the plan does for this layer
    suggested = pw.BooleanField(default=False)  # from a template, not yet confirmed by the user


class Phase(BaseModel):
    """A phase of the implementation path (实施路径) and what happens in it."""
    community = pw.ForeignKeyField(Community, backref="phases", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    name = pw.CharField(max_length=200, default="")
    start_date = pw.DateField()
    end_date = pw.DateField()
    work = pw.TextField(default="")  # recruit, content, management, interaction, data review…
    suggested = pw.BooleanField(default=False)  # from a template, not yet confirmed by the user


class Milestone(BaseModel):
    """A dated milestone of the time plan (时间节点) with its owner."""
    community = pw.ForeignKeyField(Community, backref="milestones", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    name = pw.CharField(max_length=300, default="")
    date = pw.DateField()
    owner = pw.CharField(default="")
    done = pw.BooleanField(default=False)


class Tool(BaseModel):
    """A tool or platform the plan needs (资源需求·技术): SCRM, live QR codes, a check-in app…"""
    community = pw.ForeignKeyField(Community, backref="tools", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    name = pw.CharField(max_length=200, default="")
    purpose = pw.TextField(default="")
    monthly_cost = pw.FloatField(null=True)


class BudgetLine(BaseModel):
    """A line of the budget (资源需求·资金): planned and actual amounts, in yuan."""
    community = pw.ForeignKeyField(Community, backref="budget_lines", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    item = pw.CharField(max_length=300, default="")
    category = pw.CharField(default="other")
    planned = pw.FloatField(default=0)
    actual = pw.FloatField(null=True)  # None: not spent yet
    date = pw.DateField(null=True)


class StageTask(BaseModel):
    """A task of a lifecycle stage's checklist (DOMAIN.md §5, §8), ticked off in the overview."""
    community = pw.ForeignKeyField(Community, backref="stage_tasks", on_delete="CASCADE")
    stage = pw.CharField()
    position = pw.IntegerField(default=0)
    text = pw.TextField(default="")
    done = pw.BooleanField(default=False)
    template_key = pw.CharField(null=True)


class AgendaMark(BaseModel):
    """One occurrence of an agenda item done, skipped or moved where its source has no status
    of its own for it: a repeating SOP row (every day 08:30: today's done, tomorrow's not), a
    risk review, a goal's deadline. `ref_id` points into the table its `source` names."""
    community = pw.ForeignKeyField(Community, backref="agenda_marks", on_delete="CASCADE")
    source = pw.CharField()
    ref_id = pw.IntegerField()
    date = pw.DateField()  # the occurrence's own date (where its timing puts it)
    state = pw.CharField()  # done / skipped / moved
    moved_to = pw.DateField(null=True)

    class Meta:
        indexes = ((("source", "ref_id", "date"), True),)


# SenseLink.ref_kind -> the table its ref_id points into
SENSE_REF_MODELS = {"rule": Rule, "member_role": MemberRole, "team_role": TeamRole, "sop_row": SopRow,
                    "content_column": ContentColumn}

# Tables owned by a community, parents before children (used to copy a community).
COMMUNITY_TABLES = [Counterparty, Script, SopEvent, SopRow, TeamRole, MemberRole, RoleAssignment, Rule,
                    PointRule, Level, ContentColumn, Entry, Metric, Goal, StagePeriod,
                    StageTask, Risk, MemberLayer, Phase, Milestone, Tool, BudgetLine, SenseLink]  # last: it points into the tables above
# agenda marks are not copied with a community: a copy is a new plan, nothing of it is done yet
ALL_TABLES = [Community, *COMMUNITY_TABLES, AgendaMark]
