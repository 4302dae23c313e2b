"""Write docs/screenshots.md: every page before and after the design pass (issue 18), in both
languages and both themes. The pictures come from tests/make_screenshots.py (webp, 1280×800):

    for l in zh_CN en; do for t in light dark; do
      DISPLAY=:99 .venv/bin/python tests/make_screenshots.py docs/screenshots/after $l $t webp; done; done
    .venv/bin/python docs/make_gallery.py
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHOTS = HERE / "screenshots"


def main() -> None:
    after = sorted(p.name for p in (SHOTS / "after").glob("*.webp"))
    pages = sorted({name.split("-", 2)[2].rsplit(".", 1)[0] for name in after})
    lines = ["# Screenshots: before and after the design pass",
             "",
             "Every page and tab of the app at 1280×800, in Chinese and English, light and dark. *Before* is the",
             "app as it was at the start of the design pass (stock Fusion, no icons, frames in frames, tables",
             "cut off); *after* is the app now. Made by `tests/make_screenshots.py`; this page by",
             "`docs/make_gallery.py`.", ""]
    for page in pages:
        lines += [f"## {page}", "", "| | before | after |", "|---|---|---|"]
        for lang in ("zh_CN", "en"):
            for theme in ("light", "dark"):
                name = f"{lang}-{theme}-{page}.webp"
                before = f"![](screenshots/before/{name})" if (SHOTS / "before" / name).exists() else "(new page)"
                lines.append(f"| {lang} {theme} | {before} | ![](screenshots/after/{name}) |")
        lines.append("")
    (HERE / "screenshots.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
