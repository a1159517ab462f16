"""The routing vocabulary: nested routers tried in order, guards, commands handing their match."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from bot.buttons import CardAction, TaskButton
from bot.channels.incoming import Incoming
from bot.conversation import Reply, Turn
from bot.handlers import owner, owner_charts, owner_dispatch, owner_figures, owner_lookup
from bot.router import CARD_TAP, Handler, Route, Router, route, with_argument

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


def _turn(text: str = "", sender: str = "u1", event: str | None = None, key: str = "") -> Turn:
    msg_type = "event" if event else "text"
    incoming = Incoming(
        "work", sender, "corp", 0, msg_type, content=text, event=event, event_key=key or None
    )
    return Turn(incoming, NOW, None)


class Log:
    """Handlers that note they ran, answering or passing."""

    def __init__(self) -> None:
        self.ran: list[str] = []

    def handler(self, name: str, answers: bool = True) -> Handler:
        async def handle(turn: Turn) -> Reply | None:
            self.ran.append(name)
            return Reply(name) if answers else None

        return handle


def _always(turn: Turn) -> bool:
    return True


async def test_own_routes_and_included_routers_are_tried_in_the_order_they_were_added() -> None:
    log = Log()
    root, child, grandchild = Router("root"), Router("child"), Router("grandchild")
    root.on(_always)(log.handler("root first", answers=False))
    root.include_router(child)
    child.on(_always)(log.handler("child", answers=False))
    child.include_router(grandchild)
    grandchild.on(_always)(log.handler("grandchild", answers=False))
    child.on(_always)(log.handler("child last", answers=False))
    root.on(_always)(log.handler("root last"))
    root.on(_always)(log.handler("never"))

    assert await route(root, _turn("hi")) == Reply("root last")
    assert log.ran == ["root first", "child", "grandchild", "child last", "root last"]


async def test_the_first_answer_ends_the_walk_even_deep_inside() -> None:
    log = Log()
    root, child = Router("root"), Router("child")
    root.include_routers(child, Router("empty"))
    child.on(lambda turn: turn.text == "a")(log.handler("a"))
    root.on(_always)(log.handler("fallback"))

    assert await route(root, _turn("a")) == Reply("a")
    assert await route(root, _turn("b")) == Reply("fallback")
    assert log.ran == ["a", "fallback"]
    assert await route(Router("nothing"), _turn("a")) is None


async def test_a_failing_guard_skips_the_router_and_everything_included_in_it() -> None:
    log = Log()
    root = Router("root")
    staff_only = root.include_router(Router("staff", guard=lambda t: t.incoming.sender == "s"))
    inner = staff_only.include_router(Router("inner"))
    inner.on(_always)(log.handler("inner"))
    root.on(_always)(log.handler("everyone"))

    assert await route(root, _turn("x", sender="s")) == Reply("inner")
    assert await route(root, _turn("x", sender="c")) == Reply("everyone")
    assert log.ran == ["inner", "everyone"]


async def test_a_guard_on_an_included_router_leaves_its_siblings_alone() -> None:
    log = Log()
    root = Router("root")
    root.include_router(Router("closed", guard=lambda turn: False)).on(_always)(log.handler("no"))
    root.include_router(Router("open")).on(_always)(log.handler("open"))
    assert await route(root, _turn("x")) == Reply("open")
    assert log.ran == ["open"]


async def test_a_command_hands_its_match_to_the_handler() -> None:
    router = Router("commands")
    got: list[re.Match[str]] = []

    @router.command(r"送达\s*(?P<number>\d+)(?P<rest>.*)")
    async def deliver(turn: Turn, found: re.Match[str]) -> Reply:
        got.append(found)
        return Reply(found["number"])

    assert await route(router, _turn("送达 7 回桶 2")) == Reply("7")
    assert got[0]["rest"] == " 回桶 2"
    # The pattern matches the whole text, not a prefix and not a part.
    assert await route(router, _turn("我送达 7")) is None
    assert await route(router, _turn("送达")) is None
    assert len(got) == 1


async def test_a_command_argument_may_span_lines() -> None:
    router = Router("commands")

    @router.command(with_argument("处理"))
    async def close(turn: Turn, found: re.Match[str]) -> Reply:
        return Reply(found["arg"])

    said = "处理 12 已电话道歉\n明天回访"
    assert await route(router, _turn(said)) == Reply("12 已电话道歉\n明天回访")
    assert await route(router, _turn("处理")) == Reply("")


async def test_match_hands_any_value_the_filter_finds() -> None:
    router = Router("values")

    @router.match(lambda turn: len(turn.text) if turn.text.startswith("n") else None)
    async def length(turn: Turn, size: int) -> Reply:
        return Reply(str(size))

    assert await route(router, _turn("nine")) == Reply("4")
    assert await route(router, _turn("ten")) is None


async def test_a_button_route_gets_the_typed_payload_of_a_tap() -> None:
    router = Router("taps")
    pressed: list[TaskButton] = []

    @router.button(TaskButton.unpack)
    async def tap(turn: Turn, button: TaskButton) -> Reply:
        pressed.append(button)
        return Reply(button.action.value)

    assert await route(router, _turn(event=CARD_TAP, key="done@20261124002")) == Reply("done")
    assert pressed == [TaskButton(CardAction.DONE, "20261124002")]
    assert await route(router, _turn(event=CARD_TAP, key="explode@20261124002")) is None
    assert await route(router, _turn("done@20261124002")) is None  # typed, not tapped
    assert await route(router, _turn(event="click", key="done@20261124002")) is None


def test_a_router_cannot_include_itself() -> None:
    root, child = Router("root"), Router("child")
    root.include_router(child)
    with pytest.raises(ValueError, match="itself"):
        child.include_router(root)
    with pytest.raises(ValueError, match="itself"):
        root.include_router(root)


def test_selects_says_whether_a_filter_would_take_the_turn_without_running_it() -> None:
    root = Router("root")
    guarded = root.include_router(Router("guarded", guard=lambda t: t.incoming.sender == "s"))
    guarded.on(lambda turn: turn.text == "x")(Log().handler("x"))
    assert root.selects(_turn("x", sender="s"))
    assert not root.selects(_turn("x", sender="c"))
    assert not root.selects(_turn("y", sender="s"))


def _command_taking(text: str) -> str | None:
    """The owner command handler whose pattern takes the text, searching as route() would."""
    turn = _turn(text)
    for router in owner.commands.walk():
        for entry in router.entries:
            if isinstance(entry, Route) and entry.selects(turn):
                return str(entry.handler.__name__)
    return None


@pytest.mark.parametrize(
    ("text", "handler"),
    [
        ("今日", owner_figures.named_figures),
        ("本周", owner_figures.named_figures),
        ("统计", owner_figures.month_figures),
        ("统计 2026-11", owner_figures.month_figures),
        ("排行", owner_figures.ranking),
        ("排行 本月", owner_figures.ranking),
        ("排行 图", owner_figures.ranking),
        ("排行图", owner_charts.ranking_chart),
        ("排行图 本月", owner_charts.ranking_chart),
        ("待派", owner_dispatch.unassigned),
        ("派 7 courier1", owner_dispatch.assign),
        ("派7 courier1", owner_dispatch.assign),
        ("水票", owner_figures.tickets),
        ("押金", owner_figures.deposits),
        ("沉睡", owner_lookup.sleepers),
        ("客户王", owner_lookup.customer),
        ("订单 20261124001", owner_lookup.order),
        ("投诉", owner_lookup.complaints),
        ("处理 3 已道歉", owner_lookup.close_complaint),
        ("趋势", owner_charts.trend),
        ("品牌", owner_charts.brands),
    ],
)
def test_each_owner_word_reaches_its_handler(text: str, handler: object) -> None:
    assert _command_taking(text) == getattr(handler, "__name__", None)


@pytest.mark.parametrize("text", ["今日 好", "水票 多少", "押金呢", "待派 7", "帮助", "你好", ""])
def test_words_without_an_argument_take_none_and_other_text_is_no_command(text: str) -> None:
    assert _command_taking(text) is None
    assert not owner.commands.selects(_turn(text))
