"""What the demo day is made of: who takes part, a `Step` (a station act, a message, the reply
it must get, a database check), what the steps share (`Day`) and how a message is sent (`Say`).
The steps themselves are in `demo_script` (customers), `demo_talk` (conversations off the
prompts) and `demo_staff` (WeCom); `demo_day` puts them in order.
"""

from __future__ import annotations

import string
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from bot.devtools import wire
from domain.reads import inspection
from domain.reads.inspection import CustomerFacts, OrderFacts

if TYPE_CHECKING:
    from domain.infra.settings import Settings

NEWCOMER = "demo-xiaoming"  # follows the account today
WANG = "demo-wang"  # in the demo data, with three past deliveries
COURIER = "courier1"  # 刘师傅, on shift all day
RESTING = "courier2"  # 赵师傅, takes the day off before the first order
OWNER = "owner"
CHEN, LI, ZHANG = "demo-chen", "demo-li", "demo-zhang"  # in the demo data, with history
NAMES = {
    NEWCOMER: "小明(新客户)",
    WANG: "王阿姨(老客户)",
    CHEN: "陈女士(老客户)",
    LI: "李先生(老客户,常订怡宝)",
    ZHANG: "张老板(公司)",
    COURIER: "刘师傅(送水员)",
    RESTING: "赵师傅(送水员)",
    OWNER: "店长",
}
PACK = "nfsq-19l-10"
SKU = "nfsq-19l"
PHONE = "13812345678"


class StepFailed(Exception):
    """A step did not have its expected effect; the message says what was missing."""


@dataclass
class Day:
    """What the steps share: the settings and values remembered from earlier steps."""

    settings: Settings
    vars: dict[str, str] = field(default_factory=dict)

    def now(self) -> datetime:
        """The station's local time."""
        return datetime.now(self.settings.tz)

    def fill(self, text: str) -> str:
        """`text` with {name} replaced by a remembered value."""
        missing = [n for _, n, _, _ in string.Formatter().parse(text) if n and n not in self.vars]
        if missing:
            raise StepFailed(f"缺少前面步骤得到的 {', '.join(missing)}")
        return text.format_map(self.vars)

    def number(self, name: str) -> int:
        """A remembered integer."""
        return int(self.fill("{" + name + "}"))

    def name_of(self, sender: str) -> str:
        """How the transcript names a customer or a member of staff."""
        return NAMES.get(sender, sender)

    async def customer(self, openid: str) -> CustomerFacts:
        """The customer behind an openid (it must exist by now)."""
        found = await inspection.customer(openid)
        if found is None:
            raise StepFailed(f"没有 {openid} 的客户档案")
        return found

    async def tickets(self, openid: str, sku: str = SKU) -> int:
        """Tickets in a customer's wallet for one product."""
        customer = await self.customer(openid)
        return await inspection.tickets_held(customer.id, sku)

    async def order(self, name: str) -> OrderFacts:
        """The order whose number was remembered as `name`."""
        number = self.fill("{" + name + "}")
        found = await inspection.order(number)
        if found is None:
            raise StepFailed(f"数据库里没有订单 {number}")
        return found


@dataclass(frozen=True)
class Say:
    """What someone sends: how the transcript shows it, its callback XML and the channel."""

    shown: str
    build: Callable[[Day, str, str], Awaitable[str]]  # (day, sender, shown filled in) -> XML
    channel: str = "mp"  # "mp": a customer on the Official Account; "work": staff in WeCom

    async def render(self, day: Day, sender: str) -> tuple[str, str]:
        """(transcript line, XML) for this sender."""
        shown = day.fill(self.shown)
        return shown, await self.build(day, sender, shown)


def _plain(build: Callable[[str, str], str]) -> Callable[[Day, str, str], Awaitable[str]]:
    async def built(day: Day, sender: str, shown: str) -> str:
        return build(sender, shown)

    return built


def text(words: str) -> Say:
    """A text message."""
    return Say(words, _plain(wire.mp_text))


def location(lat: float, lon: float, label: str) -> Say:
    """A shared location."""
    return Say(
        f"📍 位置:{label}", _plain(lambda openid, _: wire.mp_location(openid, lat, lon, label))
    )


def follow() -> Say:
    """The subscribe event."""
    return Say("(关注公众号)", _plain(lambda openid, _: wire.mp_subscribe(openid)))


Act = Callable[[Day], Awaitable[str]]


@dataclass(frozen=True)
class Step:
    """One beat of the day: a station act, a customer message, a database check (all optional)."""

    title: str
    who: str = NEWCOMER
    send: Say | None = None
    expect: str | tuple[str, ...] = ""  # the reply must contain each ({name} = remembered)
    absent: str = ""  # the reply must not contain this (怡宝多少钱 answers one line, no list)
    remember: dict[str, str] = field(default_factory=dict)  # name -> regex with one group
    station: Act | None = None  # what the station does first; returns a line for the transcript
    check: Act | None = None  # returns the evidence; raises StepFailed


def same(what: str, got: object, wanted: object) -> None:
    """Fail the step unless `got` is what was wanted."""
    if got != wanted:
        raise StepFailed(f"{what}应为 {wanted},实际是 {got}")
