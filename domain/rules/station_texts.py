"""The wording of the station's answers: hours, address, phone, fees, small talk.

These sentences live in the domain, not in `bot/texts.py`, because refusals raised inside the
use cases cite the station's phone too (`station_answers.contact_hint`), and the domain may not
import the bot. Everything else a customer reads stays in `bot/texts.py`.
"""

from __future__ import annotations

WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
STATION = "本水站"  # when the station has not been given a name

HOURS_EVERY_DAY = "每天 {opens}-{closes}"
HOURS_CLOSED_ON = "{opens}-{closes},{days}休息"
HOURS = "{name}营业时间:{hours}。{now}"
HOURS_CLOSED_DATES = "另外{dates}休息。"
DATE = "{month}月{day}日"
OPEN_NOW = "现在正在营业,{closes}关门,下单马上安排。"
CLOSED_NOW = "现在已经休息了,{when} {opens} 开门;现在下单也可以,开门后按顺序送。"
TODAY, TOMORROW = "今天", "明天"

LOCATION = "{name}地址:{address}。"
LOCATION_UNKNOWN = "{name}还没有登记门店地址,{contact}。"
AREA = "送水范围:{communities}。"
PHONE = "{name}电话:{phone}(营业时间 {hours})。"
PHONE_UNKNOWN = "{name}还没有登记电话,发送“人工”可以转人工客服。"
CONTACT_PHONE = "请致电水站 {phone}"
CONTACT_NONE = "请联系水站(发送“人工”转人工客服)"

DELIVERY_FREE = "送水不收配送费"
DELIVERY_FEE = "每单配送费{fee}元"
MINIMUM = ",商品满{minimum}元起送(用水票不限)"
FLOOR_FREE = "上楼不加钱。"
FLOOR_FEE = (
    "没有电梯的楼,{first}楼起每层每桶加收楼层费{fee}元(例如送{floor}楼{buckets}桶加{example}元),"
    "有电梯不收。"
)
FEES = "{delivery}{minimum};{floor}"

GREETING = "您好!这里是{name},有什么可以帮您?订水直接说“送两桶农夫山泉到3栋502”就行。"
THANKS = "不客气!有需要随时找我。"
RECHARGE = (
    "余额充值暂时不能在线办理,可以到门店办理,或{contact}。想更划算可以买水票,回复“买水票”看看套餐。"
)
INVOICE = "需要开发票的话,{contact},告诉我们抬头和税号;也可以发送“人工”转人工客服。"
FOREIGN = (
    "您好!目前只能用中文为您服务。您可以直接说“送两桶水”“价格”“我的订单”,或发送“人工”联系客服。"
)
