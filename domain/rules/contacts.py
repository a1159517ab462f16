"""Contact details as the station stores them: pure rules shared by services and imports."""

from __future__ import annotations

import math
import re

from domain.rules.cleaning import clean_text
from domain.rules.errors import InvalidInput

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
    text = re.sub(r"\s+", "", clean_text(raw))
    if not text or len(text) > 200:
        raise InvalidInput("address empty or too long", message="地址不能为空,也不能太长")
    return text


def check_coordinates(latitude: float | None, longitude: float | None) -> None:
    """InvalidInput unless both are absent or both are finite and on the globe."""
    if latitude is None and longitude is None:
        return
    if (
        latitude is None
        or longitude is None
        or not (math.isfinite(latitude) and math.isfinite(longitude))
        or not (-90 <= latitude <= 90 and -180 <= longitude <= 180)
    ):
        raise InvalidInput(
            f"bad coordinates {latitude!r}, {longitude!r}",
            message="这个位置无法识别,请重新发送位置,或直接输入地址",
            fields={"latitude": "-90到90", "longitude": "-180到180"},
        )
