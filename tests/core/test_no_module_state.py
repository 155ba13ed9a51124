"""Issue 21: no module-level mutable state in the core.

What a process once kept in module variables (the acting role, passphrases, handler tables filled on import,
caches filled at run time) lives on the open event's session (``core.session.EventSession``) or in a functools
cache of a pure function. Constant tables are read-only (tuple, frozenset, MappingProxyType), so nothing can
fill them later either. The scan reads the source: a new dict, list or set at module level, or a ``global``
statement, fails here with its file and line.
"""

from __future__ import annotations

import ast
from pathlib import Path

import checkin.core

CORE = Path(checkin.core.__file__).parent
MUTABLE_DISPLAYS = (ast.Dict, ast.List, ast.Set, ast.DictComp, ast.ListComp, ast.SetComp)
MUTABLE_CALLS = frozenset({"dict", "list", "set", "defaultdict", "OrderedDict", "deque", "bytearray"})


def _mutable(value: ast.expr | None) -> bool:
    if isinstance(value, MUTABLE_DISPLAYS):
        return True
    if isinstance(value, ast.Call):
        func = value.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        return name in MUTABLE_CALLS
    return False


def module_state(source: str) -> list[tuple[int, str]]:
    """(line, what) of each module-level mutable assignment and each ``global`` statement in ``source``."""
    tree = ast.parse(source)
    found = []
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and _mutable(node.value):
            found.append((node.lineno, "mutable value at module level"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Global):
            found.append((node.lineno, f"global {', '.join(node.names)}"))
    return found


def test_the_scan_finds_each_form_of_module_state() -> None:
    source = '''
KEYS: dict[str, str] = {}
SEEN = set()
ORDER = [1, 2]
TABLE = {k: k for k in "ab"}
FINE = (1, 2)
FROZEN = frozenset({1})

def remember():
    global SEEN
    local = {}
'''
    assert [line for line, _ in module_state(source)] == [2, 3, 4, 5, 10]


def test_core_has_no_module_level_mutable_state() -> None:
    files = sorted(CORE.rglob("*.py"))
    assert len(files) > 100  # the whole core, subpackages included
    found = [f"{path.relative_to(CORE.parent)}:{line}: {what}"
             for path in files for line, what in module_state(path.read_text(encoding="utf-8"))]
    assert found == []
