"""The method's fixed vocabulary (DOMAIN.md): codes stored in the workspace, labels shown.

Stored values are stable English codes; each has a Chinese and an English label so a
workspace opens the same in either language.
"""
from __future__ import annotations

from datetime import date
from typing import NamedTuple

from app.i18n import language

# code -> (zh_CN, en)
PLATFORMS = {
    "wechat": ("微信", "WeChat"),
    "wecom": ("企业微信", "WeCom"),
    "qq": ("QQ", "QQ"),
    "feishu": ("飞书", "Feishu"),
    "telegram": ("Telegram", "Telegram"),
    "discord": ("Discord", "Discord"),
    "other": ("其他", "Other"),
}
TYPES = {
    "lead": ("引流群", "Lead group"),
    "conversion": ("转化群", "Conversion group"),
    "fan": ("粉丝群/服务群", "Fan / service group"),
    "flash": ("快闪群", "Flash group"),
    "learning": ("学习群", "Learning group"),
    "other": ("其他群", "Other group"),
}
# The span a type usually covers, stored when the type is picked directly (the community
# matrix shows spans); "other" has none until the operator marks one.
TYPE_SPANS = {"lead": (1, 2), "conversion": (2, 3), "fan": (4, 5), "flash": (0, 5), "learning": (1, 4)}
STAGES = {
    "setup": ("搭建期", "Setting up"),
    "growth": ("成长期", "Growing"),
    "mature": ("成熟期", "Mature"),
    "decline": ("衰退期", "Declining"),
}
# rewards and penalties of the rules (奖惩制度)
CONSEQUENCES = {
    "material": ("物质奖励", "Material"), "emotional": ("精神奖励", "Emotional"),
    "warning": ("警告", "Warning"), "mute": ("禁言", "Mute"), "removal": ("移出", "Removal"),
    "custom": ("其他", "Custom"),
}
# The method's words, explained where they appear (tooltips), DOMAIN.md §1–4
GLOSSARY = {
    "aidass": ("AIDASS 用户路径：注意 → 兴趣 → 欲望 → 行动 → 满意 → 分享。标出本群覆盖的一段，就决定了它的类型和首要目标。",
               "The AIDASS buyer's path: Attention → Interest → Desire → Action → Satisfaction → Share. The span a "
               "community covers decides its type and its first priority."),
    "attention": ("注意：第一次看到你（广告、转发、朋友推荐）", "Attention: first sees you (an ad, a share, a friend)"),
    "interest": ("兴趣：想多了解一点，愿意进群看看", "Interest: wants to know more, willing to join and look"),
    "desire": ("欲望：觉得自己需要，开始比较和提问", "Desire: feels the need, compares and asks"),
    "action": ("行动：下单、报名、付费", "Action: buys, signs up, pays"),
    "satisfaction": ("满意：用得好，被服务好", "Satisfaction: it works for them, they are looked after"),
    "share": ("分享：推荐给朋友、晒单、转介绍", "Share: recommends, shows it off, refers friends"),
    "content_class": ("类别：产品类（种草、用户故事、答疑服务）、价值观类（社群相信什么）、互动类（游戏、热点、点名表扬）。"
                      "产品类太多，群就成了广告群。",
                      "Class: product (recommendations, user stories, service), values (what the community stands "
                      "for), interaction (games, hot topics, praise). Too much product content and members mute the "
                      "group."),
    "packaging": ("包装：话题是建立信任的胶水；活动（免费体验、分享有礼、优惠）是最后一步的助推，关系热起来之后再用。",
                  "Packaging: topics are the glue that builds trust; activities (free trials, share-to-win, "
                  "discounts) boost the last step, once the relationship has warmed."),
    "format": ("形式：图文、视频、直播、语音、投票……", "Format: text and image, video, live, voice, poll…"),
    "handover": ("交接阶段：运营先扮演这个角色 → 培养一位成员 → 由成员担任。关键角色要有交接目标日期。",
                 "Hand-over: the operator plays the role → cultivates a member → the member holds it. Key roles "
                 "need a target date."),
    "senses": ("社群4感：仪式感（开群、欢迎、颁奖）、参与感（打卡、话题、共创）、组织感（分工、群规、值班）、归属感（身份、等级、称号）。",
               "The four senses: ceremony (opening, welcome, awards), participation (check-ins, topics, "
               "co-creation), organisation (roles, rules, duty), belonging (identity, levels, titles)."),
}

# The risk register (DOMAIN.md §5, §7.6)
RISK_CATEGORIES = {
    "legal": ("法律合规", "Legal / compliance"),
    "privacy": ("信息安全与隐私", "Information security / privacy"),
    "reputation": ("口碑", "Reputation"),
    "behaviour": ("成员行为", "Member behaviour"),
    "platform": ("平台封禁或限制", "Platform ban / limits"),
    "dependency": ("依赖个人", "Dependency on one person"),
    "other": ("其他", "Other"),
}
RISK_RESPONSES = {"avoid": ("规避", "Avoid"), "reduce": ("降低", "Reduce"), "transfer": ("转移", "Transfer"),
                  "accept": ("接受", "Accept")}
RISK_LEVELS = {"low": ("低", "Low"), "medium": ("中", "Medium"), "high": ("高", "High"),
               "critical": ("极高", "Critical")}
# likelihood × impact (each 1–5) → level: 1–4 low, 5–9 medium, 10–15 high, 16–25 critical.
# The same bands drive the heat map and the formula in the exported workbook.
RISK_BANDS = ((4, "low"), (9, "medium"), (15, "high"), (25, "critical"))


def risk_level(likelihood: int, impact: int) -> str:
    score = likelihood * impact
    return next(level for top, level in RISK_BANDS if score <= top)


MEMBER_LAYERS = {"new": ("新成员", "New"), "active": ("活跃成员", "Active"), "loyal": ("忠诚成员", "Loyal"),
                 "lost": ("流失成员", "Lost")}
BUDGET_CATEGORIES = {
    "people": ("人力", "People"), "tools": ("工具与平台", "Tools and platforms"), "ads": ("推广投放", "Promotion"),
    "gifts": ("奖品与福利", "Prizes and gifts"), "content": ("内容制作", "Content"), "other": ("其他", "Other"),
}

AIDASS = (
    ("attention", "注意", "Attention"),
    ("interest", "兴趣", "Interest"),
    ("desire", "欲望", "Desire"),
    ("action", "行动", "Action"),
    ("satisfaction", "满意", "Satisfaction"),
    ("share", "分享", "Share"),
)
# What each type puts first and measures (DOMAIN.md §1.2).
TYPE_PRIORITY = {
    "lead": (("流量与裂变", "volume and fission"), ("入群数、入群率、K因子", "joins, join rate, K-factor")),
    "conversion": (("转化率", "conversion rate"), ("转化率、GMV、客单价", "conversion rate, GMV, ARPU")),
    "fan": (("忠诚度与转介绍", "loyalty and referrals"), ("留存率、复购率、转介绍数", "retention, repurchase, referrals")),
    "flash": (("按剧本跑完全程", "a scripted run"), ("数日内的转化率与GMV", "conversion and GMV within days")),
    "learning": (("学习成果与持续参与", "learning results and steady participation"),
                 ("打卡率、完课率、发言率、续费率", "check-in rate, completion, speaking rate, renewals")),
    "other": (("先写清这个群的首要任务", "first write down the group's one job"),
              ("发言率、净增长", "speaking rate, net growth")),
}
# A whole-path community that lives at most this long is a flash group.
FLASH_MAX_DAYS = 14


def pick(pair: tuple[str, str]) -> str:
    return pair[0] if language() == "zh_CN" else pair[1]


def label(table: dict, code: str | None) -> str:
    if code is None or code not in table:
        return code or ""
    return pick(table[code])


class SpanReading(NamedTuple):  # (a record: a frozen dataclass costs ~4 M instructions of start-up)
    type: str | None  # derived community type, None when no span is chosen
    whole_path: bool
    needs_script: bool


def type_for_span(start: int | None, end: int | None, start_date: date | None = None,
                  end_date: date | None = None) -> SpanReading:
    """Name the community type implied by an AIDASS span (DOMAIN.md table).

    Interest→Desire is a lead group, Desire→Action conversion, Satisfaction→Share fan;
    the whole path (from Attention/Interest to Satisfaction/Share) in a short life is a
    flash group and needs a script. A long-lived whole-path community has no single job:
    it is read as conversion (its money step) and the UI suggests a community matrix.
    """
    if start is None or end is None:
        return SpanReading(None, False, False)
    if not (0 <= start <= end <= 5):
        raise ValueError(f"bad AIDASS span {start}..{end}")
    whole = start <= 1 and end >= 4
    if whole:
        short = (start_date is not None and end_date is not None
                 and (end_date - start_date).days <= FLASH_MAX_DAYS)
        if short:
            return SpanReading("flash", True, True)
        return SpanReading("conversion", True, False)
    if start >= 4:
        return SpanReading("fan", False, False)
    if end <= 2:
        return SpanReading("lead", False, False)
    return SpanReading("conversion", False, False)  # the span includes Action


def effective_type(row: dict) -> str | None:
    """The type the user chose, else the one the AIDASS span implies."""
    if row.get("type_override"):
        return row["type_override"]
    return type_for_span(row.get("aidass_start"), row.get("aidass_end"),
                         row.get("start_date"), row.get("end_date")).type
