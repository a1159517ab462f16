"""What `waterbot chat` sends for a line, on either channel, and how a task card reads."""

from __future__ import annotations

from typing import Any

from bot.channels.xmlsafe import parse_xml
from bot.devtools.chat_lines import (
    BAD_HERE,
    BAD_LOCATION,
    NO_CARD,
    MpMessages,
    WorkMessages,
    card_text,
    command_for,
    read_location,
)

CARD: dict[str, Any] = {
    "card_type": "button_interaction",
    "main_title": {"title": "#007 今天 10:00-12:00", "desc": "订单 20261124007"},
    "horizontal_content_list": [{"keyname": "地址", "value": "阳光花园3栋502"}],
    "quote_area": {"type": 0, "title": "备注", "quote_text": "放门口"},
    "task_id": "task-7",
    "button_list": [
        {"text": "接单", "key": "accept:20261124007"},
        {"text": "已送达", "key": "done:20261124007"},
    ],
}
STAFF = WorkMessages("courier1", "ww-corp", 1000002)


def _sent(line: str, sender: MpMessages | WorkMessages, card: Any = None) -> dict[str, Any]:
    command = command_for(line, sender, card)
    assert command.xml is not None, command.local
    return dict(parse_xml(command.xml))


def test_a_tap_presses_the_numbered_or_named_button_of_the_card() -> None:
    for line in ("/tap 2", "/tap 已送达"):
        event = _sent(line, STAFF, CARD)
        assert (event["Event"], event["EventKey"], event["TaskId"]) == (
            "template_card_event", "done:20261124007", "task-7",
        )  # fmt: skip
        assert (event["FromUserName"], event["AgentID"]) == ("courier1", "1000002")
    assert command_for("/tap 1", STAFF, None).local == NO_CARD
    assert "1 接单 · 2 已送达" in str(command_for("/tap 3", STAFF, CARD).local)


def test_location_image_and_voice_go_on_either_channel() -> None:
    for sender in (MpMessages("o-alice"), STAFF):
        where = _sent("/location 31.23,121.47 阳光花园 东门", sender)
        assert (where["MsgType"], where["Location_X"], where["Label"]) == (
            "location", "31.23", "阳光花园 东门",
        )  # fmt: skip
        assert _sent("/image", sender)["MsgType"] == "image"
        voice = _sent("/voice 送两桶水", sender)
        assert (voice["MsgType"], voice["Recognition"]) == ("voice", "送两桶水")
    assert command_for("/location 阳光花园", STAFF).local == BAD_LOCATION
    assert command_for("/tap 1", MpMessages("o-alice")).local == MpMessages.help


def test_here_sends_a_wecom_location_event_with_its_precision() -> None:
    event = _sent("/here 31.23,121.47 800", STAFF)
    assert (event["MsgType"], event["Event"], event["FromUserName"]) == (
        "event", "LOCATION", "courier1",
    )  # fmt: skip
    assert (event["Latitude"], event["Longitude"], event["Precision"]) == (
        "31.23", "121.47", "800.0",
    )  # fmt: skip
    assert _sent("/here 31.23 121.47", STAFF)["Precision"] == "30.0"  # a GPS fix by default
    assert command_for("/here 31.23,121.47 近", STAFF).local == BAD_HERE
    assert command_for("/here 阳光花园", STAFF).local == BAD_HERE
    assert command_for("/here 31.23,121.47", MpMessages("o-alice")).local == MpMessages.help


def test_a_location_reads_with_a_comma_or_a_space() -> None:
    assert read_location(["31.2,121.4", "仓库"]) == (31.2, 121.4, "仓库")
    assert read_location(["31.2", "121.4", "仓库"]) == (31.2, 121.4, "仓库")
    assert read_location(["31.2，121.4"]) == (31.2, 121.4, "")
    assert read_location(["91,0", "x"]) is None and read_location(["a,b"]) is None


def test_a_card_reads_as_lines_with_numbered_buttons() -> None:
    assert card_text(CARD).splitlines() == [
        "[任务卡片] #007 今天 10:00-12:00",
        "  订单 20261124007",
        "  地址:阳光花园3栋502",
        "  备注:放门口",
        "  按钮:1 接单 · 2 已送达(/tap 序号 或 /tap 按钮文字)",
    ]
