"""Which address a failed admin login counts against, read through trusted proxies."""

from __future__ import annotations

import ipaddress

from admin.clients import client_address, failure_keys

PROXIES = (ipaddress.ip_network("127.0.0.1/32"), ipaddress.ip_network("10.0.0.0/8"))


def test_an_untrusted_peer_is_the_client_whatever_it_forwards() -> None:
    assert client_address("203.0.113.9", ["198.51.100.1"], PROXIES) == "203.0.113.9"
    assert client_address("203.0.113.9", [], ()) == "203.0.113.9"


def test_through_trusted_proxies_the_nearest_untrusted_hop_is_the_client() -> None:
    # The client wrote "1.1.1.1" itself; nginx (10.0.0.5) appended the real peer, 198.51.100.7.
    chain = ["1.1.1.1, 198.51.100.7, 10.0.0.5"]
    assert client_address("127.0.0.1", chain, PROXIES) == "198.51.100.7"
    assert client_address("127.0.0.1", ["1.1.1.1", "198.51.100.7"], PROXIES) == "198.51.100.7"


def test_garbage_or_an_all_proxy_chain_stops_at_the_last_believed_hop() -> None:
    assert client_address("127.0.0.1", ["not-an-ip"], PROXIES) == "127.0.0.1"
    assert client_address("127.0.0.1", ["10.0.0.9"], PROXIES) == "10.0.0.9"
    assert client_address(None, [], PROXIES) == "unknown"


def test_failures_count_per_client_ipv6_block_and_token_prefix() -> None:
    assert failure_keys("198.51.100.7", "") == ("client 198.51.100.7",)
    assert failure_keys("2001:db8::1", "wb_abcdefgh") == (
        "client 2001:db8::/64",
        "token wb_abcde",
    )
    assert failure_keys("2001:db8::ffff", "x")[0] == failure_keys("2001:db8::1", "x")[0]


def test_ipv4_peers_of_a_dual_stack_listener_count_as_ipv4_clients() -> None:
    # An `::` socket reports IPv4 peers as ::ffff:a.b.c.d; each is its own client, not ::/64.
    assert failure_keys("::ffff:198.51.100.7", "")[0] == "client 198.51.100.7"
    assert failure_keys("::ffff:203.0.113.9", "")[0] != failure_keys("::ffff:198.51.100.7", "")[0]
    # And a proxy trusted by its IPv4 network is believed when it connects that way.
    chain = ["1.1.1.1, 198.51.100.7"]
    assert client_address("::ffff:10.0.0.5", chain, PROXIES) == "198.51.100.7"
