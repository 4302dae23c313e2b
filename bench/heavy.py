"""Building workspaces for the benches: a community with many SOP rows, and 10x a heavy user."""
from __future__ import annotations

import datetime as dt
import random

from app.services import communities
from app.storage.models import ContentColumn, Entry, Metric, SopRow, database

TABLES = ("planning", "setup", "growth", "daily")


def add_sop_rows(cid: int, n: int, rng: random.Random) -> None:
    rows = [{"community": cid, "table": TABLES[i % 4], "position": i, "stage": f"阶段 {i // 40 % 8}",
             "timing": f"T+{i % 30}", "task": f"工作事项 {i}：社群运营任务", "actions": "具体动作与话术，" * (1 + i % 4),
             "owner": rng.choice(("群主", "管家", "内容运营", "数据分析")), "materials": "物料清单",
             "criterion": "完成标准 ≥ 20%", "status": rng.choice(("todo", "doing", "done")), "notes": ""}
            for i in range(n)]
    with database.atomic():
        for start in range(0, len(rows), 500):
            SopRow.insert_many(rows[start:start + 500]).execute()


def build_heavy(communities_n=50, metric_days=2000, entries_each=1000, sop_each=200, seed=1) -> list[int]:
    """50 communities, 100,000 daily metric rows (5+ years each), 50,000 calendar entries,
    10,000 SOP rows. Returns the community ids."""
    rng = random.Random(seed)
    ids = []
    start = dt.date(2021, 1, 1)
    for c in range(communities_n):
        cid = communities.create(f"社群 {c:02d} · 训练营", apply_templates=False)
        ids.append(cid)
        add_sop_rows(cid, sop_each, rng)
        total, metrics = 100, []
        for d in range(metric_days):
            joined, left = rng.randint(0, 30), rng.randint(0, 12)
            total = max(0, total + joined - left)
            speakers = min(total, rng.randint(0, max(1, total // 4)))
            metrics.append({"community": cid, "date": start + dt.timedelta(days=d), "total": total, "joined": joined,
                            "left": left, "speakers": speakers, "messages": speakers * 5,
                            "conversions": rng.randint(0, 3), "revenue": float(rng.randint(0, 3) * 599)})
        column = ContentColumn.create(community=cid, name="早报", start_date=start, schedule="daily")
        entries = [{"community": cid, "column": column.id, "slot_date": start + dt.timedelta(days=d * 2),
                    "date": start + dt.timedelta(days=d * 2), "time": "08:30", "title": f"内容 {d}",
                    "content_class": rng.choice(("product", "values", "interaction")), "packaging": "topic",
                    "format": "text", "owner": rng.choice(("内容运营", "管家")),
                    "status": rng.choice(("idea", "published", "scheduled"))} for d in range(entries_each)]
        with database.atomic():
            for s in range(0, len(metrics), 500):
                Metric.insert_many(metrics[s:s + 500]).execute()
            for s in range(0, len(entries), 500):
                Entry.insert_many(entries[s:s + 500]).execute()
    return ids
