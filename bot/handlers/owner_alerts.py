"""How alerts to owners and dispatchers read (`domain.services.alerts` finds and sends them).

Wire the sweep from the composition root: `partial(alerts.sweep_alerts, word=alert_text)`.
"""

from __future__ import annotations

from bot import texts
from bot.presentation import window_text
from domain.rules.order_numbers import short_number
from domain.rules.pricing import yuan
from domain.services.alerts import CASH_SHORT, FAILED, NOT_ACCEPTED, RESCHEDULED, Alert


def alert_text(alert: Alert) -> str:
    """The WeCom text for one alert."""
    window = window_text(alert.window_start, alert.window_end, alert.noticed_at)
    if alert.kind == NOT_ACCEPTED:
        return texts.ALERT_NOT_ACCEPTED.format(
            number=alert.number,
            courier=alert.courier,
            minutes=int((alert.noticed_at - alert.since).total_seconds() // 60),
            customer=alert.customer or texts.NO_NAME,
            phone=alert.phone or texts.NO_PHONE,
            address=alert.address,
            window=window,
            short=short_number(alert.number),
        )
    if alert.kind == CASH_SHORT:
        return texts.ALERT_CASH_SHORT.format(
            number=alert.number,
            courier=alert.courier,
            due=yuan(alert.due_fen),
            collected=yuan(alert.collected_fen),
            short=yuan(alert.due_fen - alert.collected_fen),
            customer=alert.customer or texts.NO_NAME,
            phone=alert.phone or texts.NO_PHONE,
            address=alert.address,
        )
    if alert.kind in (FAILED, RESCHEDULED):
        return _failure_text(alert, window)
    courier = texts.ALERT_OVERDUE_COURIER.format(courier=alert.courier) if alert.courier else ""
    todo = texts.ALERT_OVERDUE_CALL
    if alert.state == "awaiting_dispatch":
        todo = texts.ALERT_TODO_ASSIGN.format(short=short_number(alert.number))
    return texts.ALERT_OVERDUE.format(
        number=alert.number,
        window=window,
        state=texts.STATE_NAMES.get(alert.state, alert.state),
        courier=courier,
        customer=alert.customer or texts.NO_NAME,
        phone=alert.phone or texts.NO_PHONE,
        address=alert.address,
        todo=todo,
    )


def _failure_text(alert: Alert, window: str) -> str:
    """无人 (配送失败) or 改约: who, the customer, where the order is now and what to do."""
    # A failed order is dispatched again at once (never to the same courier for the same
    # window), so say where it is now; one left waiting needs someone to 派 it.
    state = texts.STATE_NAMES.get(alert.state, alert.state)
    if alert.assigned_to:
        state = texts.ALERT_NOW_COURIER.format(state=state, courier=alert.assigned_to)
    todo = ""
    if alert.state == "awaiting_dispatch":
        todo = texts.ALERT_TODO_ASSIGN.format(short=short_number(alert.number))
    facts = {
        "number": alert.number,
        "courier": alert.courier,
        "customer": alert.customer or texts.NO_NAME,
        "phone": alert.phone or texts.NO_PHONE,
        "address": alert.address,
        "state": state,
        "todo": todo,
    }
    if alert.kind == RESCHEDULED:
        return texts.ALERT_RESCHEDULED.format(window=window, **facts)
    return texts.ALERT_FAILED.format(reason=alert.reason or texts.ALERT_FAILED_NO_REASON, **facts)
