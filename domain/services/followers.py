"""A customer's standing with the Official Account: following it, and when they last wrote.

Both decide what may be sent to them: an unfollower gets nothing, and WeChat accepts
customer-service messages only within 48 hours of the customer's last message.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from domain.infra.ports import Conn
from domain.models import Customer
from domain.reads.writers import CustomerIdentity, customer_identity
from domain.services.customers import customer_for_openid
from domain.services.support import audit, run_in_transaction

# The 48-hour window needs no finer time than this: a customer chatting away costs one write
# a minute, not one a message.
NOTE_EVERY = timedelta(minutes=1)


async def writer_for_openid(openid: str, now: datetime) -> CustomerIdentity:
    """Who is writing (created on first contact), with the message noted (`note_message`)."""
    customer, _ = await customer_for_openid(openid)
    last = customer.last_message_at
    if last is None or not timedelta(0) <= now - last < NOTE_EVERY:
        await note_message(customer.id, now)
    return customer_identity(customer)


async def note_message(customer_id: UUID | str, now: datetime) -> None:
    """Remember that the customer just wrote (it reopens WeChat's 48-hour service window)."""
    # Not audited: it changes on every message and is a timestamp, not a decision.
    await Customer.filter(id=customer_id).update(last_message_at=now)


async def set_subscribed(
    customer_id: UUID | str, subscribed: bool, scene: str | None = None, actor: str = "wechat"
) -> None:
    """Follow (with the QR scene it came from, when there is one) or unfollow."""
    changes: dict[str, Any] = {"subscribed": subscribed}
    if subscribed and scene:
        changes["scene"] = scene

    async def work(conn: Conn) -> dict[str, Any]:
        await Customer.filter(id=customer_id).using_db(conn).update(**changes)
        action = "customer.subscribe" if subscribed else "customer.unsubscribe"
        await audit(conn, actor, action, "customer", customer_id, None, changes)
        return {}

    await run_in_transaction("customer.subscribe", None, work)
