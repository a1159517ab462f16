"""WeChat Pay API v3: signing, the client, notifications, the payment page (docs/PAY.md)."""
