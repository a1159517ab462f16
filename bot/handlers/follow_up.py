"""After routing: what becomes of a question the bot asked when another handler answered.

An order draft's question is asked again after the answer (the draft waits); the list of
orders to cancel, the return's count and the complaint's details are closed (a later bare
number must not cancel or return anything).
"""

from __future__ import annotations

from bot.conversation import Reply, Turn
from bot.handlers import ordering
from bot.handlers.states import CancelStates, ChangeStates, ComplaintStates, ReturnStates

# Questions left open for one message only: another answer closes them.
_ONE_MESSAGE = (
    CancelStates.WHICH,
    ChangeStates.WHICH,
    ChangeStates.CONFIRM,
    ReturnStates.COUNT,
    ComplaintStates.DETAILS,
)


async def after_route(turn: Turn, reply: Reply | None) -> Reply | None:
    """The reply, with the pending question asked again or closed."""
    if turn.asked:
        return reply  # the reply is the flow's own question
    if turn.state in _ONE_MESSAGE:
        turn.reset()
        return reply
    return await ordering.ask_again(turn, reply)
