"""SIGKILL a process in the middle of real edits, many times; nothing committed is lost
and no multi-row change is ever half there."""
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.services import communities, templates

CHILD = Path(__file__).with_name("crash_child.py")
ROUNDS = 20


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_killed_at_random_moments_loses_nothing(ws_path):
    from app.storage import db
    db.open_workspace(ws_path)
    cid = communities.create("Crash test", type_override="conversion")
    template_keys = {r["key"] for r in templates.sop_defaults("en", "conversion")["growth"]}
    db.close_workspace()
    rng = random.Random(2026)
    promised: dict[str, list[int]] = {"why": [], "row": [], "import": [], "reset": []}
    for round_ in range(1, ROUNDS + 1):
        child = subprocess.Popen([sys.executable, str(CHILD), str(ws_path), str(round_)],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.01, 0.15))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        complete = out if out.endswith("\n") else out[:out.rfind("\n") + 1]  # a cut line promised nothing
        for line in complete.splitlines():
            kind, i = line.split()
            promised[kind].append(int(i))

        con = sqlite3.connect(ws_path)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            why = con.execute("SELECT why FROM community WHERE id = ?", (cid,)).fetchone()[0]
            if promised["why"]:  # the last promised edit, or one made after it
                assert why.startswith("edit-") and int(why[5:]) >= max(promised["why"])
            tasks = {t for (t,) in con.execute("SELECT task FROM sop_row WHERE community_id = ?", (cid,))}
            assert {f"row-{i}" for i in promised["row"]} <= tasks
            batches = dict(con.execute(
                "SELECT messages, COUNT(*) FROM metric WHERE community_id = ? GROUP BY messages", (cid,)))
            assert all(n == 200 for n in batches.values()), batches       # never half an import
            assert set(promised["import"]) <= set(batches)
            keys = [k for (k,) in con.execute(
                "SELECT template_key FROM sop_row WHERE community_id = ? AND \"table\" = 'growth'", (cid,))]
            assert sorted(keys) == sorted(template_keys)                   # never half a reset
        finally:
            con.close()
    assert sum(len(v) for v in promised.values()) > ROUNDS  # the child did commit edits to check
