"""No SQL under ui/: screens call checkin.core functions (through ui.ops when the work is O(n)).

Checks the ui sources' syntax trees: no cursor calls (execute/executemany/executescript), no use of a
store's raw connection (`.conn`), no sqlite3 import, no string that reads as an SQL statement."""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "src" / "checkin" / "ui"
CURSOR_CALLS = {"execute", "executemany", "executescript"}
SQL_TEXT = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|PRAGMA\s+\w+|"
                      r"CREATE\s+(TABLE|INDEX|VIEW|TRIGGER)|ALTER\s+TABLE|DROP\s+TABLE|ORDER\s+BY\s|GROUP\s+BY\s)",
                      re.DOTALL)  # keywords in capitals, as every statement in checkin is written


def sql_findings(source: str, name: str = "<source>") -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, name)):
        where = f"{name}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in CURSOR_CALLS:
            found.append(f"{where}: .{node.func.attr}(")
        elif isinstance(node, ast.Attribute) and node.attr == "conn":
            found.append(f"{where}: .conn (the store's raw SQLite connection)")
        elif isinstance(node, ast.Import | ast.ImportFrom):
            modules = [a.name for a in node.names] + ([node.module] if isinstance(node, ast.ImportFrom) else [])
            if "sqlite3" in modules:
                found.append(f"{where}: imports sqlite3")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_TEXT.search(node.value):
            found.append(f"{where}: SQL text {node.value[:60]!r}")
    return found


def test_the_checker_finds_each_kind_of_sql() -> None:
    snippets = [
        'store.conn.execute("SELECT id FROM attendees")',
        'cursor.executemany(sql, rows)',
        'import sqlite3',
        'ORDER = "(SELECT MIN(at) FROM arrivals r WHERE r.attendee_id = attendees.id), id"',
        'q = f"DELETE FROM journal WHERE rowid = {x}"',
        'text = "PRAGMA data_version"',
    ]
    for snippet in snippets:
        assert sql_findings(snippet), snippet
    # ordinary interface text is not SQL
    assert not sql_findings('label = "Select a layout from the list, then order the badges by name"')


def test_no_sql_under_ui() -> None:
    sources = sorted(UI.rglob("*.py"))
    assert len(sources) > 50  # the whole ui package, not an empty folder
    found = [f for path in sources for f in sql_findings(path.read_text(encoding="utf-8"), str(path.relative_to(UI)))]
    assert not found, "SQL under ui/ (move it into a checkin.core function):\n" + "\n".join(found)
