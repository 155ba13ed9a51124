"""The import writes each person's extra fields as JSON a column at a time: the same text ``json.dumps`` gives."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from checkin.core.importing.writer import _extra_json

_TEXT = st.text(alphabet=st.sampled_from('a{}"\\\n\tÄ€ ,:\x01'), max_size=5)


@given(st.integers(min_value=0, max_value=6), st.data())
def test_extra_fields_are_what_json_dumps_writes(rows: int, data: st.DataObject) -> None:
    headers = data.draw(st.lists(_TEXT, min_size=1, max_size=4, unique=True))
    extras = [(h, data.draw(st.lists(_TEXT, min_size=rows, max_size=rows))) for h in headers]
    expected = [json.dumps({h: v[i] for h, v in extras if v[i]}, ensure_ascii=False) for i in range(rows)]
    assert _extra_json(extras) == expected
    assert [json.loads(text) for text in _extra_json(extras)] == [json.loads(text) for text in expected]
