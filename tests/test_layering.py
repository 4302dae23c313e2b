"""The layering of ARCHITECTURE.md holds: app/ (the Qt-free core) imports neither ui/ nor
exports/, exports/ does not import ui/, and no two modules import each other, directly or
around a circle. Imports inside functions count: they run too."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("app", "exports", "ui")
BELOW = {"app": {"ui", "exports"}, "exports": {"ui"}, "ui": set(), "main": set()}  # what each may not import


def modules() -> dict[str, Path]:
    found = {"main": ROOT / "main.py"}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def imports(path: Path, known: dict[str, Path]) -> set[str]:
    """The project modules a file imports (a name imported from a package is its module
    when there is one of that name)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name in known}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                out.add(full if full in known else node.module)
    return {name for name in out if name in known and not _is_package(known[name])}


def _is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports(path, known) - {name} for name, path in known.items()}


def test_no_layer_imports_from_above():
    wrong = [f"{name} imports {target}" for name, targets in graph().items() for target in targets
             if target.split(".")[0] in BELOW[name.split(".")[0]]]
    assert wrong == []


def test_no_import_circles():
    edges = graph()
    index, low, stack, on_stack, circles = {}, {}, [], set(), []

    def visit(node):  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    assert circles == []


def test_the_walk_sees_the_imports_it_must():
    """The checks above would pass on an empty graph: this one proves the walk finds edges,
    lazy ones inside functions included."""
    edges = graph()
    assert "ui.shell.start" in edges["main"] and "exports.commands" in edges["main"]
    assert "app.storage.db" in edges["app.workspace"]
    assert "ui.growth.chart_png" in edges["ui.growth.tab"]  # imported inside a method
