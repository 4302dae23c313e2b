"""Screenshots of the real app for the README and for checking by eye (not a test).

    DISPLAY=:99 .venv/bin/python tests/make_screenshots.py OUTDIR [zh_CN|en] [light|dark] [png|jpg|webp]

Every page and tab at 1280×800, named LANG-THEME-PAGE; webp (quality 75) keeps docs/ small.
"""
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def shoot(out: Path, lang: str, theme: str = "light", ext: str = "png") -> None:
    tmp = Path(tempfile.mkdtemp())
    os.environ["COMMUNITY_PLANNER_SETTINGS"] = str(tmp / "settings.ini")
    from ui.shell.start import create_app
    app, _ = create_app(lang)
    from ui.shell.theme import apply_theme
    apply_theme(theme)
    from app import workspace
    from ui.shell.main_window import MainWindow
    path, _ = workspace.open_or_create(tmp / "workspace.sqlite")
    window = MainWindow(path)
    window.resize(1280, 800)
    window.show()

    def grab(name, widget=None):
        for _ in range(5):
            app.processEvents()
        (widget or window).grab().save(str(out / f"{lang}-{theme}-{name}.{ext}"), quality=75 if ext in ("jpg", "webp") else -1)

    grab("welcome")  # a new workspace
    from ui.overview.wizard import NewCommunityWizard
    wizard = NewCommunityWizard(window)
    wizard.name.setText("宝妈好物分享群" if lang == "zh_CN" else "Mums' picks")
    wizard.offering.setText("母婴好物" if lang == "zh_CN" else "baby products")
    wizard.type.setCurrentIndex(wizard.type.findData("fan"))
    wizard._type_picked()
    wizard.show()
    grab("wizard", wizard)
    values = wizard.values()
    wizard.close()
    from app.services import communities
    window._add_community("new", lambda: communities.create(**values))
    window.tabs.setCurrentIndex(0)
    grab("overview-new")
    window.add_example()
    window.communities.reload(select=0)
    grab("home")
    window.communities.reload(select=[c["id"] for c in communities.list_communities() if c["example"]][0])
    from ui.shell.main_window import TABS
    for i, key in enumerate(TABS):
        tab = window.tab(key)
        window.tabs.setCurrentIndex(i)
        grab(type(tab).__name__.lower())
        pages = getattr(tab, "pages", None)
        for page in range(1, pages.count() if pages else 0):
            pages.setCurrentIndex(page)
            grab(f"{type(tab).__name__.lower()}-{page}")
    window.tabs.setCurrentWidget(window.sop)
    window.sop.tabs.setCurrentIndex(3)
    grab("sop-daily")
    window.start_reminders()
    window.show_agenda()
    grab("agenda")
    flash = communities.create("双12护肤快闪群" if lang == "zh_CN" else "Skincare flash group", type_override="flash",
                               offering="护肤套装" if lang == "zh_CN" else "the skincare set", lang=lang)
    window.communities.reload(select=flash)
    window.show_tab("scripts").pages.setCurrentIndex(0)
    grab("scripts-flash")
    window.scripts.pages.setCurrentIndex(1)
    grab("scripts-flash-timeline")
    window.close()


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    shoot(target, *(sys.argv[2:] or ["zh_CN"]))
