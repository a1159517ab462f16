"""Reading WeChat Pay's trade bill (交易账单): columns by name, amounts in fen, totals."""

from __future__ import annotations

import pytest

from domain.rules.trade_bill import BillError, parse_bill

BILL = (
    "交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,"
    "付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,"
    "退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注\r\n"
    "`2026-11-24 10:05:00,`wx1,`1900000109,`0,`,`4200001,`WB1,`o-a,`JSAPI,`SUCCESS,`OTHERS,`CNY,"
    "`144.00,`0.00,`0,`0,`0.00,`0.00,`,`,`送水,`,`0.86000,`0.60%,`144.00,`0.00,`\r\n"
    "`2026-11-24 11:00:00,`wx1,`1900000109,`0,`,`4200001,`WB1,`o-a,`JSAPI,`REFUND,`OTHERS,`CNY,"
    "`0.00,`0.00,`5001,`WB1R1,`44.00,`0.00,`ORIGINAL,`SUCCESS,`送水,`,`0.00000,`0.60%,`0.00,"
    "`44.00,`\r\n"
    "总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额\r\n"
    "`2,`144.00,`44.00,`0.00,`0.86000,`144.00,`44.00\r\n"
).encode()


def test_rows_and_totals() -> None:
    bill = parse_bill(BILL)
    paid, refund = bill.rows
    assert (paid.out_trade_no, paid.transaction_id, paid.state, paid.amount_fen) == (
        "WB1", "4200001", "SUCCESS", 14400,
    )  # fmt: skip
    assert (refund.state, refund.out_refund_no, refund.refund_id, refund.refund_fen) == (
        "REFUND", "WB1R1", "5001", 4400,
    )  # fmt: skip
    assert (bill.trades, bill.amount_fen, bill.refund_fen) == (2, 14400, 4400)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"a,b,c\r\n",
        BILL.split("总交易单数".encode())[0],  # no summary
        BILL.replace(b"`144.00", b"`1x"),  # an amount that is not one
    ],
)
def test_what_is_not_a_bill_is_refused(raw: bytes) -> None:
    with pytest.raises(BillError):
        parse_bill(raw)
