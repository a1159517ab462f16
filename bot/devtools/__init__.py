"""Developer tools: `waterbot demo`, `chat`, `bench`, `parse`, and the wire that plays WeChat.

None of this runs in the service; it drives the service from outside, as WeChat's servers and a
station's history would (the tests use the same wire).
"""
