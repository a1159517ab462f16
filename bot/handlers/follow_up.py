"""After routing: what becomes of a question the bot asked when another handler answered.

An order draft's question is asked again after the answer (the draft waits); the list of
orders to cancel is closed (a later bare number must not cancel anything).
"""

from __future__ import annotations

from bot.conversation import Reply, Turn
from bot.handlers import ordering
from bot.handlers.states import CancelStates


async def after_route(turn: Turn, reply: Reply | None) -> Reply | None:
    """The reply, with the pending question asked again or closed."""
    if turn.asked:
        return reply  # the reply is the flow's own question
    if turn.state == CancelStates.WHICH:
        turn.reset()
        return reply
    return await ordering.ask_again(turn, reply)
