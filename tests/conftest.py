"""Every test gets a fresh workspace in tmp_path and its own settings file; Qt runs offscreen."""
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pytest  # noqa: E402

from app import i18n  # noqa: E402
from app.storage import db  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMUNITY_PLANNER_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("COMMUNITY_PLANNER_LOG", str(tmp_path / "planner.log"))
    i18n.set_language("en")
    yield
    db.close_workspace()
    from app import workspace
    workspace.take_warning()  # a warning one test caused is not shown by the next one's window


@pytest.fixture
def ws_path(tmp_path) -> Path:
    return tmp_path / "ws" / "workspace.sqlite"


@pytest.fixture
def workspace(ws_path):
    db.open_workspace(ws_path)
    return ws_path


@pytest.fixture
def demo(workspace):
    from app.services import demo as demo_service
    return demo_service.add_demo()
