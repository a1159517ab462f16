"""Conversation scripts: multi-turn chats written as Markdown tables, read into plain values.

A file holds any number of conversations. Each starts with a `## title` heading, may list
`- given ...` lines (what exists before the first message) and has one table:

    ## a new customer orders in one sentence
    - given customer o-alice phone=13800001111
    - at 2026-11-24 10:00

    | who | says | reply has | then |
    |---|---|---|---|
    | o-alice | 明天下午送两桶农夫山泉到阳光花园3栋502 | 请确认订单 / 144.00元 | |
    | o-alice | 1 | 下单成功 | orders=1; order#1 state=awaiting_dispatch |

`who` is an Official Account openid (`o-…`), a WeCom userid (`u-…`) or `clock` (says `+30m`,
`+2h`, `+1d` or `YYYY-MM-DD HH:MM`, or a scheduler job that runs now: `alerts`, `handoffs`).
`says` is text, or one of `[location LAT,LON LABEL]`, `[image]`, `[voice TEXT]`,
`[subscribe]`, `[tap LABEL]` (a button of the newest card sent to that WeCom user).
`reply has` lists fragments separated by ` / `, each required in the reply; a fragment
starting with `!` must be absent; `-` means no reply at all. `then` lists checks
separated by `;` (see play.CHECKS). `{pack#K}` / `{return#K}` anywhere in a row stand for
the K-th pack purchase's / return request's id. Text outside headings, givens and tables is
commentary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Asia/Shanghai")
DEFAULT_START = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)
FOLDER = Path(__file__).parent


@dataclass(frozen=True)
class Step:
    """One row: someone says something, what the reply must show, what must then be true."""

    who: str
    says: str
    reply_has: tuple[str, ...]
    checks: tuple[str, ...]
    line: int


@dataclass
class Conversation:
    """One titled conversation from a script file."""

    title: str
    source: str
    start: datetime = DEFAULT_START
    given: list[str] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)

    @property
    def id(self) -> str:
        """A pytest id: the file's stem and the title."""
        return f"{Path(self.source).stem}: {self.title}"


def parse_time(text: str) -> datetime:
    """`YYYY-MM-DD HH:MM` in Asia/Shanghai."""
    return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def shift(now: datetime, text: str) -> datetime:
    """Now moved by `+30m`, `+2h`, `+1d`, or set to an absolute `YYYY-MM-DD HH:MM`."""
    match = re.fullmatch(r"\+(\d+)([mhd])", text.strip())
    if not match:
        return parse_time(text)
    unit = {"m": "minutes", "h": "hours", "d": "days"}[match[2]]
    return now + timedelta(**{unit: int(match[1])})


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _step(cells: list[str], line: int, where: str) -> Step:
    if len(cells) != 4:
        raise ValueError(f"{where}:{line}: a row needs 4 cells (who, says, reply has, then)")
    who, says, reply, then = cells
    fragments = tuple(part.strip() for part in reply.split(" / ") if part.strip())
    checks = tuple(part.strip() for part in then.split(";") if part.strip())
    return Step(who, says, fragments, checks, line)


def parse(text: str, source: str = "<text>") -> list[Conversation]:
    """Every conversation in one script file."""
    conversations: list[Conversation] = []
    current: Conversation | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line.startswith("## "):
            current = Conversation(line[3:].strip(), source)
            conversations.append(current)
        elif current is None:
            continue
        elif line.startswith("- given "):
            current.given.append(line[len("- given ") :].strip())
        elif line.startswith("- at "):
            current.start = parse_time(line[len("- at ") :])
        elif line.startswith("|") and not re.fullmatch(r"\|[-| :]+\|", line):
            cells = _cells(line)
            if cells[:2] != ["who", "says"]:
                current.steps.append(_step(cells, number, source))
    for conversation in conversations:
        if not conversation.steps:
            raise ValueError(f"{source}: {conversation.title!r} has no turns")
    return conversations


def load_all(folder: Path = FOLDER) -> list[Conversation]:
    """Every conversation in the folder's `*.md` files, in file then heading order."""
    found: list[Conversation] = []
    for path in sorted(folder.glob("*.md")):
        found.extend(parse(path.read_text(encoding="utf-8"), str(path)))
    return found
