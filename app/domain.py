"""The method's fixed vocabulary (DOMAIN.md): codes stored in the workspace, labels shown.

Stored values are stable English codes; each has a Chinese and an English label so a
workspace opens the same in either language.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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


@dataclass(frozen=True)
class SpanReading:
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
