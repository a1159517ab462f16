"""A small hierarchy of business errors: a user-safe Chinese message plus English log detail."""

from __future__ import annotations


class DomainError(Exception):
    """A business rule refused the request; `message` is safe to show the user."""

    code = "domain_error"
    message = "操作未能完成,请稍后再试"
    http_status = 400
    # True when the customer cannot go on with the bot: a customer's channel then ends the
    # refusal with the station's phone (`station_answers.with_contact`).
    sends_away = False

    def __init__(
        self, detail: str = "", *, message: str | None = None, sends_away: bool | None = None
    ) -> None:
        if message is not None:
            self.message = message
        if sends_away is not None:
            self.sends_away = sends_away
        self.detail = detail or self.message
        super().__init__(self.detail)


class NotFound(DomainError):
    """The thing asked for does not exist."""

    code = "not_found"
    message = "没有找到相关记录"
    http_status = 404


class InvalidInput(DomainError):
    """The request is malformed or impossible on its face."""

    code = "invalid_input"
    message = "输入有误,请检查后重试"
    http_status = 422

    def __init__(
        self,
        detail: str = "",
        *,
        message: str | None = None,
        fields: dict[str, str] | None = None,
        sends_away: bool | None = None,
    ) -> None:
        super().__init__(detail, message=message, sends_away=sends_away)
        self.fields = fields or {}


class Conflict(DomainError):
    """The request conflicts with the current state (a state move that is not allowed)."""

    code = "conflict"
    message = "当前状态下不能这样操作"
    http_status = 409


class IdempotencyKeyReused(Conflict):
    """A key already used for this use case and subject came back with other parameters."""

    code = "idempotency_key_reused"
    message = "这个幂等键(idempotency_key)已用于一笔内容不同的请求,请为新请求换一个新的键"


class IllegalTransition(Conflict):
    """An order cannot move from its current state to the requested one."""

    code = "illegal_transition"
    message = "订单当前状态不允许这个操作"
    sends_away = True


class OrderCancelled(Conflict):
    """The order was already cancelled."""

    code = "order_cancelled"
    message = "订单已取消"


class InsufficientTickets(Conflict):
    """The wallet has fewer usable tickets than needed."""

    code = "insufficient_tickets"
    message = "水票不足"


class TicketsChanged(Conflict):
    """The tickets usable now pay for other goods than the confirmation showed."""

    code = "tickets_changed"
    message = "您的水票刚有变动,订单金额也变了,请重新确认"


class InsufficientBalance(Conflict):
    """Stored value does not cover the amount."""

    code = "insufficient_balance"
    message = "余额不足"


class InsufficientBuckets(Conflict):
    """The customer does not hold that many buckets."""

    code = "insufficient_buckets"
    message = "您名下没有这么多桶"
    sends_away = True


class OutOfArea(DomainError):
    """The address is outside the station's delivery area."""

    code = "out_of_area"
    message = "超出配送范围"
    sends_away = True


class BelowMinimum(DomainError):
    """The order is below the station's minimum order amount."""

    code = "below_minimum"
    message = "未达到起送金额"


class ProductUnavailable(DomainError):
    """The product is unknown or no longer sold."""

    code = "product_unavailable"
    message = "该商品暂不供应"
    sends_away = True


class PermissionDenied(DomainError):
    """The actor's role does not allow this."""

    code = "permission_denied"
    message = "您没有权限执行这个操作"
    http_status = 403


class CodeInvalid(InvalidInput):
    """A ticket code is malformed, fails its check or tag, or is not one the station made."""

    code = "code_invalid"
    message = "兑换码无效,请核对后重试"
    sends_away = True


class CodeVoided(Conflict):
    """The ticket code belongs to a voided batch."""

    code = "code_voided"
    message = "该兑换码已作废"
    sends_away = True


class CodeAlreadyRedeemed(Conflict):
    """This customer already redeemed this ticket code."""

    code = "code_already_redeemed"
    message = "这个兑换码已经兑换过了"


class CodeTaken(Conflict):
    """Another customer already redeemed this ticket code."""

    code = "code_taken"
    message = "该兑换码已被使用"
    sends_away = True


class RedeemLocked(DomainError):
    """Too many failed code tries: redemption is locked for this customer until `until`."""

    code = "redeem_locked"
    message = "兑换失败次数过多,请1小时后再试"
    sends_away = True
    http_status = 429
