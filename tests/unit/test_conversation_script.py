"""The conversation script format: tables read into steps, clock rows, givens."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.conversations import script

TEXT = """# file title
commentary is ignored

## first
- given customer o-a phone=13800001111
- at 2026-11-24 20:52

| who | says | reply has | then |
|---|---|---|---|
| o-a | 送水 | 要哪种水 / !菜单 | orders=0; complaints=0 |
| clock | +30m | | |

## second
| who | says | reply has | then |
|---|---|---|---|
| u-wang | [tap 接单] | - | order#1 state=delivering |
"""


def test_parse_reads_titles_givens_start_and_rows() -> None:
    first, second = script.parse(TEXT, "x.md")
    assert (first.title, first.given) == ("first", ["customer o-a phone=13800001111"])
    assert first.start == datetime(2026, 11, 24, 20, 52, tzinfo=script.TZ)
    step = first.steps[0]
    assert (step.who, step.says, step.reply_has) == ("o-a", "送水", ("要哪种水", "!菜单"))
    assert step.checks == ("orders=0", "complaints=0")
    assert second.start == script.DEFAULT_START and second.steps[0].reply_has == ("-",)
    assert first.id == "x: first"


def test_clock_rows_move_or_set_the_time() -> None:
    now = script.DEFAULT_START
    assert script.shift(now, "+30m").minute == 30
    assert script.shift(now, "+1d").day == 25
    assert script.shift(now, "2026-12-01 08:00").month == 12


@pytest.mark.parametrize(
    "bad", ["## t\n| who | says | reply has |\n| o-a | x | y |\n", "## empty\ntext only\n"]
)
def test_malformed_scripts_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        script.parse(bad)


def test_the_shipped_scripts_parse() -> None:
    assert len(script.load_all()) >= 5
