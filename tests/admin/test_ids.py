"""Ids in the API's paths cannot be walked to people's records.

Customers, their addresses, couriers, staff and tokens are addressed by random UUIDs. Orders by
their number (day + sequence: guessable, but every operation needs a token, and the chat only
shows a customer their own orders). Integer ids are kept to back-office records (code batches,
return requests, complaints, campaigns), which test_role_limits proves answer 401 without a token.
"""

from __future__ import annotations

from tortoise import fields

from admin.app import operations
from domain.models import Address, ApiToken, Courier, Customer, Staff

UUID_PARAMS = {"customer_id", "address_id", "courier_id", "staff_id", "token_id"}
INTEGER_PARAMS = {"batch_id", "request_id", "complaint_id", "campaign_id"}
CODE_PARAMS = {"number", "sku", "code"}


def test_people_and_their_records_are_keyed_by_uuid() -> None:
    for model in (Customer, Address, Courier, Staff, ApiToken):
        assert isinstance(model._meta.pk, fields.UUIDField), model.__name__


def test_every_path_parameter_is_a_uuid_a_code_or_a_back_office_integer() -> None:
    unknown = []
    for op in operations():
        for name, schema in op.path_params.items():
            if name in UUID_PARAMS:
                assert schema.get("format") == "uuid", (op.path, name)
            elif name in INTEGER_PARAMS:
                assert schema.get("type") == "integer", (op.path, name)
            elif name in CODE_PARAMS:
                assert schema.get("pattern"), (op.path, name)
            else:
                unknown.append(f"{op.method} {op.path}: {name}")
    # A new kind of id needs a decision here: a UUID for anything that names a person.
    assert not unknown, unknown
