"""Language of the Qt-free core (labels, messages, templates).

The UI uses Qt's translation system (.ts/.qm); the core cannot depend on Qt, so its few
user-visible strings are looked up in resources/translations/zh_CN.json (the same
dictionary the .ts is filled from),
keyed by the English text. The CLI and the GUI both call set_language() at start-up.
"""
from __future__ import annotations

import json
import locale
import os
from functools import lru_cache
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
_current = "en"


def system_language() -> str:
    """zh_CN when the system locale is Chinese, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    loc = locale.getlocale()[0] or ""
    return "zh_CN" if loc.lower().startswith("zh") else "en"


def normalize(lang: str | None) -> str:
    if not lang:
        return system_language()
    return "zh_CN" if lang.lower().replace("-", "_").startswith("zh") else "en"


def set_language(lang: str | None) -> str:
    global _current
    _current = normalize(lang)
    return _current


def language() -> str:
    return _current


@lru_cache(maxsize=None)
def _table(lang: str) -> dict[str, str]:
    path = RESOURCES / "translations" / f"{lang}.json"
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def tr(text: str, /, **kwargs) -> str:
    """Translate a core message (English source) and fill in {named} fields."""
    out = _table(_current).get(text, text) if _current != "en" else text
    return out.format(**kwargs) if kwargs else out
