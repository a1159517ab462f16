"""How alerts to owners and dispatchers read (`domain.services.alerts` finds and sends them).

Wire the sweep from the composition root: `partial(alerts.sweep_alerts, word=alert_text)`.
"""

from __future__ import annotations

from bot import texts
from bot.presentation import window_text
from domain.rules.pricing import yuan
from domain.services.alerts import CASH_SHORT, FAILED, NOT_ACCEPTED, Alert


def alert_text(alert: Alert) -> str:
    """The WeCom text for one alert."""
    window = window_text(alert.window_start, alert.window_end, alert.noticed_at)
    if alert.kind == NOT_ACCEPTED:
        return texts.ALERT_NOT_ACCEPTED.format(
            number=alert.number,
            courier=alert.courier,
            minutes=int((alert.noticed_at - alert.since).total_seconds() // 60),
            customer=alert.customer,
            address=alert.address,
            window=window,
        )
    if alert.kind == CASH_SHORT:
        return texts.ALERT_CASH_SHORT.format(
            number=alert.number,
            courier=alert.courier,
            due=yuan(alert.due_fen),
            collected=yuan(alert.collected_fen),
            short=yuan(alert.due_fen - alert.collected_fen),
            customer=alert.customer,
            phone=alert.phone,
            address=alert.address,
        )
    if alert.kind == FAILED:
        return texts.ALERT_FAILED.format(
            number=alert.number,
            courier=alert.courier,
            reason=alert.reason or texts.ALERT_FAILED_NO_REASON,
            customer=alert.customer,
            phone=alert.phone,
            address=alert.address,
            # A failed order is dispatched again at once, so say where it is now.
            state=texts.STATE_NAMES.get(alert.state, alert.state),
        )
    courier = texts.ALERT_OVERDUE_COURIER.format(courier=alert.courier) if alert.courier else ""
    return texts.ALERT_OVERDUE.format(
        number=alert.number,
        window=window,
        state=texts.STATE_NAMES.get(alert.state, alert.state),
        courier=courier,
        customer=alert.customer,
        phone=alert.phone,
        address=alert.address,
    )
