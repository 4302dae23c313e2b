"""Every user-visible string has a Chinese translation, and the shipped .qm is current."""
import importlib.util
import sys
from pathlib import Path

from PySide6.QtCore import QTranslator

HERE = Path(__file__).resolve().parent.parent / "resources" / "translations"
spec = importlib.util.spec_from_file_location("translations_update", HERE / "update.py")
update = importlib.util.module_from_spec(spec)
sys.modules["translations_update"] = update
spec.loader.exec_module(update)


def test_every_string_is_translated(tmp_path):
    ts = tmp_path / "current.ts"
    update.run_lupdate(ts)  # the strings the code has now, not those of the committed .ts
    assert update.missing(ts) == []
    assert update.ui_strings(ts) == update.ui_strings(update.TS), "run resources/translations/update.py"


def test_compiled_translations_load(qapp):
    translator = QTranslator()
    assert translator.load(str(update.QM))
    assert translator.translate("MainWindow", "SOP tables") == "SOP 表"
    assert translator.translate("PositioningTab", "Why build it?") == "Why：为什么建群？"


def test_core_messages_follow_the_language():
    from app import i18n
    from app.errors import ValidationError
    from app.services.fields import Field
    i18n.set_language("zh_CN")
    try:
        Field("Name", required=True).clean(" ")
    except ValidationError as exc:
        assert str(exc) == "名称不能为空。"
    else:
        raise AssertionError("an empty name must be refused")
