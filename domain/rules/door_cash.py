"""Pure rules for money at the customer's door (docs/MONEY.md, "Cash at the door").

What is due is fixed when the delivery is recorded: the order's goods and fees less its
discount, plus the deposit the bucket rules charge (or minus what they refund for extra
empties). Balance orders prepaid their quote: what the quote took beyond that goes back to the
balance, anything beyond it is cash. What the courier says he took is compared with what was
due: less leaves the order owing (a receivable the owner is told about), more is over-collected.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.rules.errors import InvalidInput
from domain.rules.pricing import covered_by_tickets

PAID, OWING = "paid", "owing"
CASH, SCAN = "cash", "scan"  # how the courier takes money at the door


@dataclass(frozen=True)
class Bill:
    """What an order asks for, in fen, as it was placed."""

    payment_method: str
    goods_fen: int
    fees_fen: int  # delivery and floor fees
    discount_fen: int
    prepaid_fen: int  # taken from the balance when placed, or paid online (WeChat Pay)
    tickets_fen: int = 0  # goods paid with tickets in a mixed order (a ticket order: all)


@dataclass(frozen=True)
class AtTheDoor:
    """How a delivery settles: cash due at the door (negative: the courier pays it out)."""

    cash_due_fen: int
    balance_back_fen: int  # goes back to the balance (balance orders only)


def at_the_door(bill: Bill, deposit_delta_fen: int) -> AtTheDoor:
    """Settle a delivery whose buckets charged (or, negative, refunded) `deposit_delta_fen`."""
    goods = bill.goods_fen - covered_by_tickets(
        bill.payment_method, bill.goods_fen, bill.tickets_fen
    )
    # A coupon's discount never exceeds goods and fees, so this is >= the deposit part.
    amount = goods + bill.fees_fen - bill.discount_fen + deposit_delta_fen
    if bill.payment_method != "balance":
        # Paid online before delivery (WeChat Pay, docs/PAY.md): only the difference is settled
        # at the door, a refund (extra empties) paid out by the courier as on any scan order.
        return AtTheDoor(amount - bill.prepaid_fen, 0)
    owed = amount - bill.prepaid_fen
    # The balance paid the quote: a smaller deposit, or a refund, goes back to it.
    return AtTheDoor(max(0, owed), max(0, -owed))


@dataclass(frozen=True)
class ToCollect:
    """What a courier is to take at the door for an order, and how; shown on card and list."""

    how: str  # CASH or SCAN (WeChat Pay to the station's code); "" when nothing is due
    amount_fen: int
    tickets: int  # tickets that paid goods (a ticket order's, a mixed order's covered lines)


def to_collect(payment_method: str, due_fen: int, tickets_used: int) -> ToCollect:
    """The one rule for what the courier collects: WeChat Pay orders are scanned, the rest cash.

    The task card and the courier's 任务 list both read it, so they never disagree. `due_fen`
    is what tickets and the balance left unpaid: in a mixed order only the uncovered part.
    """
    if due_fen <= 0:
        return ToCollect("", 0, tickets_used)
    # Only WeChat Pay is scanned (a mixed order's rest too); a ticket order's fees are cash.
    return ToCollect(SCAN if payment_method == "wechat_pay" else CASH, due_fen, tickets_used)


@dataclass(frozen=True)
class Settled:
    """Cash due against cash taken: short is a receivable, over was taken beyond the due."""

    due_fen: int
    collected_fen: int

    @property
    def short_fen(self) -> int:
        """Money still owed by the customer."""
        return max(0, self.due_fen - self.collected_fen)

    @property
    def over_fen(self) -> int:
        """Money taken beyond what was due."""
        return max(0, self.collected_fen - self.due_fen)

    @property
    def status(self) -> str:
        """The order's payment status after the delivery: paid, or owing the shortfall."""
        return OWING if self.short_fen else PAID


def settle(due_fen: int, collected_fen: int | None) -> Settled:
    """Compare what the courier took (None: exactly the due) with what was due."""
    collected = due_fen if collected_fen is None else collected_fen
    # Paying out more than a refund due would be money leaving with no reason.
    if collected < min(0, due_fen):
        raise InvalidInput(f"collected {collected} below due {due_fen}", message="收款金额不能为负")
    return Settled(due_fen, collected)
