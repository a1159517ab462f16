"""Follow and unfollow, menu clicks, locations, pictures and unheard voice."""

from __future__ import annotations

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers import account, complaints, orders_info
from bot.handlers.order_steps import ORDER_FLOW, new_draft, next_step, save_address
from bot.handlers.ordering import use_location
from bot.handlers.states import ComplaintStates
from bot.router import Router
from domain.rules.station_answers import station_name
from domain.services import followers, requests, station

router = Router("events")

MENU_KEYS = {
    "ORDER": "order",
    "下单": "order",
    "MY_ORDERS": "status",
    "我的订单": "status",
    "BALANCE": "balance",
    "水票余额": "balance",
    "HELP": "help",
    "帮助": "help",
}


@router.event("subscribe")
async def subscribe(turn: Turn) -> Reply:
    """Welcome, and remember the QR scene the customer came from."""
    await followers.set_subscribed(turn.user.id, True, turn.incoming.scene)
    turn.reset()
    info, _ = await station.load_profile()
    return Reply(texts.WELCOME.format(station=station_name(info)))


@router.event("unsubscribe")
async def unsubscribe(turn: Turn) -> Reply | None:
    """Stop messaging someone who left; WeChat shows no reply, so none is sent."""
    await followers.set_subscribed(turn.user.id, False)
    turn.reset()
    return Reply("")


@router.event("click")
async def menu_click(turn: Turn) -> Reply | None:
    """The account menu: 下单, 我的订单, 水票余额, 帮助."""
    action = MENU_KEYS.get(turn.incoming.event_key or "", "help")
    if action == "status":
        return await orders_info.status(turn)
    if action == "balance":
        return await account.balance(turn)
    if action == "order":
        turn.start_order(new_draft())
        return await next_step(turn)
    return Reply(texts.HELP)


@router.message("location")
async def location(turn: Turn) -> Reply:
    """A shared location becomes a saved address with its coordinates."""
    incoming = turn.incoming
    text = (incoming.label or "").strip() or f"位置({incoming.latitude},{incoming.longitude})"
    if incoming.latitude is None or incoming.longitude is None:
        return Reply(texts.ASK_ADDRESS)
    if turn.state in ORDER_FLOW:  # whatever the draft waits for, this is its address
        return await use_location(turn, text[:200], incoming.latitude, incoming.longitude)
    await save_address(turn, text[:200], incoming.latitude, incoming.longitude)
    return Reply(texts.LOCATION_SAVED.format(address=text[:200]))


@router.message("image")
async def image(turn: Turn) -> Reply:
    """Inside a complaint: its evidence, forwarded; else kept as a delivery proof or note."""
    answered = await complaints.picture(turn)
    if answered is not None:
        return answered
    purpose = "complaint" if turn.state == ComplaintStates.EVIDENCE else "evidence"
    await requests.keep_media(
        turn.user.id, turn.incoming.media_id or "", turn.incoming.pic_url or "", purpose
    )
    return Reply(texts.IMAGE_KEPT)


@router.message("voice")
async def unheard_voice(turn: Turn) -> Reply | None:
    """Voice without WeChat's recognition text; recognised voice is handled as text."""
    return Reply(texts.VOICE_NOT_HEARD) if not turn.text else None
