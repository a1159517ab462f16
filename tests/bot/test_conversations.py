"""Every conversation script in tests/conversations, played through the real callbacks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from aiohttp.test_utils import TestClient

from bot import notify
from tests.bot.chat_harness import Clock, seed
from tests.conversations import play, script
from tests.fakes.notifier import installed

CONVERSATIONS = script.load_all()

pytestmark = pytest.mark.usefixtures("db")


@pytest.fixture(autouse=True)
def wechat_notifier() -> Iterator[None]:
    """What is sent goes to the outbox as in production, so a script can check it."""
    with installed(notify.WeChatNotifier()):
        yield


@pytest.mark.parametrize("conversation", CONVERSATIONS, ids=[c.id for c in CONVERSATIONS])
async def test_conversation(
    client: TestClient,  # type: ignore[type-arg]
    clock: Clock,
    conversation: script.Conversation,
) -> None:
    await seed(client)
    await play.play(client, clock, conversation)


async def test_a_wrong_script_fails(client: TestClient, clock: Clock) -> None:  # type: ignore[type-arg]
    """The player really checks: a reply fragment, a count and an order field that are not so."""
    await seed(client)
    for n, row in enumerate(
        (
            "送水 | 下单成功 | |",
            "送水 | !要哪种水 | |",
            "送水 | | orders=1 |",
            "送水 | | order#1 state=delivered |",
            "送水 | | sent u-nobody~x |",
            "送水 | | returns={return#1} |",  # there is no return request to name
        )
    ):
        # Each from a new customer, so that every row meets the same fresh conversation.
        header = "## wrong\n| who | says | reply has | then |\n"
        (wrong,) = script.parse(f"{header}| o-zed{n} | {row}\n")
        with pytest.raises(play.Failed):
            await play.play(client, clock, wrong)


async def test_a_sent_check_that_is_not_so_fails(client: TestClient, clock: Clock) -> None:  # type: ignore[type-arg]
    """`sent WHO!~TEXT` fails when something queued for WHO does contain TEXT."""
    await seed(client)
    (wrong,) = script.parse(
        "## wrong\n"
        "- given customer o-yan address=阳光花园3栋502\n"
        "- given courier u-yan 王师傅\n"
        "- given order o-yan nfsq-19l×1 cash\n"
        "| who | says | reply has | then |\n"
        "| clock | alerts | | sent u-yan!~阳光花园3栋502 |\n"  # the task card names it
    )
    with pytest.raises(play.Failed):
        await play.play(client, clock, wrong)
