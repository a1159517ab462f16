"""Who is asking: the real client address behind trusted reverse proxies, and what to count.

Pure: no aiohttp, so the rules are tested without a server.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

from domain.infra.settings import Network

IPV6_BLOCK = 64  # one IPv6 subscriber gets a whole /64: counting single addresses is no limit
TOKEN_PREFIX_CHARS = 8  # "wb_" and five random characters


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        address = ipaddress.ip_address(text.strip().split("%", 1)[0])  # drop an IPv6 zone id
    except ValueError:
        return None
    # A dual-stack (::) listener sees IPv4 peers as ::ffff:a.b.c.d: they are IPv4 clients,
    # not one IPv6 /64 shared by all of them, and IPv4 proxy networks must match them.
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _trusted(
    address: ipaddress.IPv4Address | ipaddress.IPv6Address, proxies: Sequence[Network]
) -> bool:
    return any(address.version == net.version and address in net for net in proxies)


def client_address(
    peer: str | None, forwarded_for: Sequence[str], proxies: Sequence[Network]
) -> str:
    """The nearest address that is not a trusted proxy, reading X-Forwarded-For right to left.

    Each proxy appends the address it was connected from, so only the hops that trusted
    proxies wrote can be believed; anything further left was written by the client.
    """
    current = _address(peer or "")
    if current is None:
        return peer or "unknown"
    hops = [hop for header in forwarded_for for hop in header.split(",")]
    while _trusted(current, proxies) and hops:
        previous = _address(hops.pop())
        if previous is None:  # a proxy passing on garbage: stop at the last hop we believe
            break
        current = previous
    return str(current)


def failure_keys(client: str, token: str) -> tuple[str, ...]:
    """What a failed login counts against: the client (an IPv6 one by its /64) and the token's
    prefix, so neither rotating addresses nor spreading guesses over clients escapes."""
    address = _address(client)
    if address is not None and address.version == 4:
        client = str(address)
    elif address is not None:
        client = str(ipaddress.ip_network(f"{address}/{IPV6_BLOCK}", strict=False))
    if not token:
        return (f"client {client}",)
    return (f"client {client}", f"token {token[:TOKEN_PREFIX_CHARS]}")
