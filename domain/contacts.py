"""Contact details as the station stores them: pure rules shared by services and imports."""

from __future__ import annotations

import re

from domain.errors import InvalidInput

PHONE = re.compile(r"^1[3-9]\d{9}$")


def normalise_phone(raw: str) -> str:
    """A mainland mobile number without spaces, dashes or +86; InvalidInput otherwise."""
    digits = re.sub(r"[\s\-()]", "", raw)
    digits = digits.removeprefix("+86").removeprefix("0086")
    if not PHONE.match(digits):
        raise InvalidInput(
            f"bad phone {raw!r}",
            message="手机号格式不对,请输入11位手机号",
            fields={"phone": "11位手机号"},
        )
    return digits


def clean_address(raw: str) -> str:
    """The address text without whitespace; InvalidInput when empty or too long."""
    text = re.sub(r"\s+", "", raw)
    if not text or len(text) > 200:
        raise InvalidInput("address empty or too long", message="地址不能为空,也不能太长")
    return text
