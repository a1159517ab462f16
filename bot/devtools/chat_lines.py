"""What `waterbot chat` sends for each input line, as a customer or as a WeCom user.

A plain line is a text message; `/location`, `/image` and `/voice` send those kinds of message
on either channel; `/follow` and `/menu` are the Official Account's; `/tap` presses a button on
the newest task card WeCom was asked to show the user (cards read as numbered buttons here), and
`/here` sends WeCom's LOCATION event (上报地理位置, a courier's position with its precision).
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from bot.devtools import wire

SHARED_HELP = (
    "  /location 纬度,经度 地址    发送位置(如 /location 31.23,121.47 阳光花园)\n"
    "  /image                    发送一张图片\n"
    "  /voice 文字               发送一条语音(文字即语音识别的结果)\n"
)
QUIT_HELP = "  /quit                     退出(Ctrl-D 同样)"
MP_HELP = (
    "输入文字即发送给公众号。特殊指令:\n" + SHARED_HELP
    + "  /follow                   关注公众号(subscribe 事件)\n"
    "  /menu KEY                 点击菜单(如 ORDER、MY_ORDERS、BALANCE、HELP)\n" + QUIT_HELP
)  # fmt: skip
WORK_HELP = (
    "输入文字即以企业微信用户的身份发给应用。特殊指令:\n" + SHARED_HELP
    + "  /tap 序号|按钮文字        点按最新任务卡片上的按钮(如 /tap 1 或 /tap 接单)\n"
    + "  /here 纬度,经度 [精度米]    上报地理位置(LOCATION 事件,如 /here 31.23,121.47 30)\n"
    + QUIT_HELP
)  # fmt: skip
NO_CARD = "还没有收到任务卡片,没有可以点按的按钮。"
NO_BUTTON = "卡片上没有“{choice}”。可以点按:{buttons}"
BAD_LOCATION = "位置的写法:/location 纬度,经度 地址,如 /location 31.23,121.47 阳光花园"
BAD_HERE = "上报位置的写法:/here 纬度,经度 [精度米],如 /here 31.23,121.47 30"
HERE_PRECISION = 30.0  # metres, a phone's GPS fix, when /here does not say
CARD_HEAD = "[任务卡片] {title}"
CARD_BUTTONS = "按钮:{buttons}(/tap 序号 或 /tap 按钮文字)"
CARD_CHANGED = "[卡片按钮变为“{label}”]"


@dataclass(frozen=True)
class Command:
    """One input line: a callback to send, a local answer, or the end."""

    xml: str | None = None
    local: str | None = None
    quit: bool = False


class Pushed(Protocol):
    """An outbox message as the chat reads it."""

    @property
    def kind(self) -> str:
        """text, image, template_card, card_update ..."""

    @property
    def payload(self) -> Any:
        """What the message carries."""


def _media() -> tuple[str, str]:
    media = "dev-" + secrets.token_hex(8)
    return media, f"http://127.0.0.1/{media}.jpg"


class MpMessages:
    """The Official Account's messages from one follower."""

    help = MP_HELP
    channel = "mp"

    def __init__(self, openid: str) -> None:
        self.user = openid

    def text(self, content: str) -> str:
        """A text message."""
        return wire.mp_text(self.user, content)

    def location(self, latitude: float, longitude: float, label: str) -> str:
        """A location message."""
        return wire.mp_location(self.user, latitude, longitude, label)

    def image(self) -> str:
        """A picture (the media id is made up; nothing downloads it)."""
        return wire.mp_image(self.user, *_media())

    def voice(self, recognition: str) -> str:
        """A voice message with WeChat's speech recognition already done."""
        return wire.mp_voice(self.user, _media()[0], recognition)

    def special(self, name: str, args: list[str], card: Mapping[str, Any] | None) -> Command:
        """The Official Account's own commands: /follow and /menu KEY."""
        if name == "/follow":
            return Command(xml=wire.mp_subscribe(self.user))
        if name == "/menu" and len(args) == 1:
            return Command(xml=wire.mp_click(self.user, args[0]))
        return Command(local=self.help)


class WorkMessages:
    """WeCom's messages from one user of the station's app (a courier, an owner)."""

    help = WORK_HELP
    channel = "work"

    def __init__(self, userid: str, corp_id: str, agent_id: int) -> None:
        self.user, self.corp_id, self.agent_id = userid, corp_id, agent_id

    def _app(self) -> dict[str, Any]:
        return {"corp_id": self.corp_id, "agent_id": self.agent_id}

    def text(self, content: str) -> str:
        """A text message."""
        return wire.work_text(self.user, content, **self._app())

    def location(self, latitude: float, longitude: float, label: str) -> str:
        """A location message."""
        return wire.work_location(self.user, latitude, longitude, label, **self._app())

    def image(self) -> str:
        """A picture (the media id is made up; nothing downloads it)."""
        return wire.work_image(self.user, *_media(), **self._app())

    def voice(self, recognition: str) -> str:
        """A voice message carrying its words as recognised text."""
        return wire.work_voice(self.user, _media()[0], recognition, **self._app())

    def special(self, name: str, args: list[str], card: Mapping[str, Any] | None) -> Command:
        """WeCom's own commands: /here (a LOCATION event), /tap N or /tap LABEL on the card."""
        if name == "/here":
            return self._here(args)
        if name != "/tap" or not args:
            return Command(local=self.help)
        if card is None:
            return Command(local=NO_CARD)
        button = pick_button(card.get("button_list", []), " ".join(args))
        if button is None:
            listed = buttons_text(card.get("button_list", []))
            return Command(local=NO_BUTTON.format(choice=" ".join(args), buttons=listed))
        xml = wire.work_template_card_event(
            self.user,
            event_key=str(button["key"]),
            task_id=str(card.get("task_id", "")),
            response_code="dev-" + secrets.token_hex(8),
            card_type=str(card.get("card_type", "button_interaction")),
            **self._app(),
        )
        return Command(xml=xml)

    def _here(self, args: list[str]) -> Command:
        """The LOCATION event WeCom sends when the app reports where the member is."""
        place = read_location(args)
        if place is None:
            return Command(local=BAD_HERE)
        try:
            precision = float(place[2]) if place[2] else HERE_PRECISION
        except ValueError:
            return Command(local=BAD_HERE)
        xml = wire.work_location_event(self.user, place[0], place[1], precision, **self._app())
        return Command(xml=xml)


Messages = MpMessages | WorkMessages


def command_for(line: str, sender: Messages, card: Mapping[str, Any] | None = None) -> Command:
    """Turn an input line into what to do; `card` is the newest task card, for /tap."""
    text = line.strip()
    if not text.startswith("/"):
        return Command(xml=sender.text(text))
    name, _, rest = text.partition(" ")
    args = rest.split()
    if name == "/quit":
        return Command(quit=True)
    if name == "/image":
        return Command(xml=sender.image())
    if name == "/voice":
        words = rest.strip()
        return Command(xml=sender.voice(words)) if words else Command(local=sender.help)
    if name == "/location":
        place = read_location(args)
        return Command(xml=sender.location(*place)) if place else Command(local=BAD_LOCATION)
    return sender.special(name, args, card)


def read_location(args: list[str]) -> tuple[float, float, str] | None:
    """`31.23,121.47 阳光花园` or `31.23 121.47 阳光花园` -> (latitude, longitude, label)."""
    numbers = args[0].replace("，", ",").split(",") if args else []
    if len(numbers) == 2 and all(numbers):
        rest = args[1:]
    elif len(args) >= 2:
        numbers, rest = args[:2], args[2:]
    else:
        return None
    try:
        latitude, longitude = float(numbers[0]), float(numbers[1])
    except ValueError:
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return latitude, longitude, " ".join(rest)


def pick_button(buttons: Sequence[Mapping[str, Any]], choice: str) -> Mapping[str, Any] | None:
    """The button numbered `choice` (from 1) or labelled so; None when there is none."""
    if choice.isdigit():
        index = int(choice) - 1
        return buttons[index] if 0 <= index < len(buttons) else None
    return next((b for b in buttons if b.get("text") == choice), None)


def buttons_text(buttons: Sequence[Mapping[str, Any]]) -> str:
    """1 接单 · 2 已送达 · 3 无人在家 · 4 改约"""
    return " · ".join(f"{i} {b.get('text', '')}" for i, b in enumerate(buttons, 1))


def card_text(card: Mapping[str, Any]) -> str:
    """A task card as terminal lines: title, its rows, the quote, the numbered buttons."""
    title = card.get("main_title") or {}
    lines = [CARD_HEAD.format(title=title.get("title", ""))]
    if title.get("desc"):
        lines.append(f"  {title['desc']}")
    for row in card.get("horizontal_content_list") or []:
        lines.append(f"  {row.get('keyname', '')}:{row.get('value', '')}")
    quote = card.get("quote_area") or {}
    if quote.get("quote_text"):
        lines.append(f"  {quote.get('title', '')}:{quote['quote_text']}")
    if card.get("button_list"):
        lines.append("  " + CARD_BUTTONS.format(buttons=buttons_text(card["button_list"])))
    return "\n".join(lines)


def work_push_text(message: Pushed) -> str:
    """How a message WeCom was asked to show the user reads in the terminal."""
    payload: dict[str, Any] = dict(message.payload)
    if message.kind == "template_card":
        return card_text(payload.get("card") or {})
    if message.kind == "card_update":
        return CARD_CHANGED.format(label=payload.get("replace_name", ""))
    if message.kind == "image":
        return "[图片]"
    return str(payload.get("text", f"[{message.kind}]"))


def newest_card(messages: Sequence[Pushed]) -> dict[str, Any] | None:
    """The card of the newest task card among these messages (oldest first), if any."""
    for message in reversed(messages):
        if message.kind == "template_card":
            return dict(dict(message.payload).get("card") or {})
    return None
