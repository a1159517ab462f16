"""What couriers read about the 收款码 at the door (docs/PAY.md); Chinese, user-facing."""

BUTTON_CODE = "收款码"
# The task card's 收款 row, when ticket packs ride on the delivery.
TASK_PAY_PACKS = "(含水票套餐 {names} {amount}元)"
CODE_SENT = (
    "订单 {number} 的收款码已发给您,请客户用微信扫码付{amount}元{packs}。"
    "付款成功后会通知您;客户不扫码也可以照常收现金。"
)
CODE_AGAIN = "订单 {number} 的收款码(同一笔 {amount}元)再发一次{packs}。"
CODE_PACKS = "(含水票套餐{amount}元)"
