"""Child of test_crash.py: makes real edits through the services until it is killed.

It prints one line per edit only after the edit's transaction has committed, so every
printed line is a promise the parent checks after a SIGKILL.
"""
import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.services import communities, metrics_import, sop, templates  # noqa: E402
from app.storage import db  # noqa: E402
from app.storage.models import SopRow, database  # noqa: E402

BATCH = 200


def main(path: str, seed: int) -> None:
    rng = random.Random(seed)
    db.open_workspace(path)
    cid = communities.list_communities()[0]["id"]
    print("ready", flush=True)
    for i in range(seed * 100_000, seed * 100_000 + 100_000):
        kind = rng.choice(("why", "row", "import", "reset"))
        if kind == "why":
            communities.update(cid, "why", f"edit-{i}")
        elif kind == "row":
            sop.add_row(cid, "daily", {"task": f"row-{i}"})
        elif kind == "import":  # a multi-row change: all 200 days or none
            # each batch its own 200 days, so no batch overwrites an earlier one
            slot = seed * 500 + (i - seed * 100_000) % 500
            first = dt.date(2000, 1, 1) + dt.timedelta(days=slot * BATCH)
            parsed = metrics_import.Parsed(
                rows=[{"date": first + dt.timedelta(days=d), "total": 10, "messages": i} for d in range(BATCH)],
                mapping={"date": 0, "total": 1, "messages": 2})
            metrics_import.apply(cid, parsed)
        else:  # a template reset: remove the growth table's template rows and add them back
            with database.atomic():
                SopRow.delete().where((SopRow.community == cid) & (SopRow.table == "growth")).execute()
                templates.apply_sop_defaults(cid)
        sys.stdout.write(f"{kind} {i}\n")  # one write: a kill cannot split the promise
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
