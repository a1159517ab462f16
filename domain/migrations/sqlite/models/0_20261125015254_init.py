from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "audit_log" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "action" VARCHAR(48) NOT NULL,
    "entity" VARCHAR(32) NOT NULL,
    "entity_id" VARCHAR(64) NOT NULL,
    "before" JSON,
    "after" JSON,
    "created_at" TIMESTAMP NOT NULL
) /* Who changed what, with the state before and after. */;
CREATE INDEX IF NOT EXISTS "idx_audit_log_action_286eba" ON "audit_log" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_log_created_277f5d" ON "audit_log" ("created_at");
CREATE TABLE IF NOT EXISTS "courier" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "wecom_userid" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "phone" VARCHAR(20) NOT NULL,
    "trip_capacity" INT NOT NULL,
    "active" INT NOT NULL,
    "on_shift" INT NOT NULL,
    "piece_rate_fen" INT NOT NULL
) /* A delivery courier reachable in WeCom. */;
CREATE TABLE IF NOT EXISTS "customer" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "mp_openid" VARCHAR(64) UNIQUE,
    "unionid" VARCHAR(64),
    "name" VARCHAR(64) NOT NULL,
    "phone" VARCHAR(20),
    "tags" JSON NOT NULL,
    "notes" TEXT NOT NULL,
    "reminder_opt_out" INT NOT NULL,
    "subscribed" INT NOT NULL,
    "scene" VARCHAR(64),
    "last_message_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL
) /* A household or office that orders water; ids are UUIDs so they cannot be guessed. */;
CREATE INDEX IF NOT EXISTS "idx_customer_unionid_f5289c" ON "customer" ("unionid");
CREATE INDEX IF NOT EXISTS "idx_customer_phone_8f0dcc" ON "customer" ("phone");
CREATE TABLE IF NOT EXISTS "address" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "label" VARCHAR(16) NOT NULL,
    "text" VARCHAR(200) NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "building" VARCHAR(16) NOT NULL,
    "unit" VARCHAR(16) NOT NULL,
    "room" VARCHAR(16) NOT NULL,
    "floor" INT,
    "has_lift" INT NOT NULL,
    "latitude" REAL,
    "longitude" REAL,
    "is_default" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "customer_id" CHAR(36) NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
) /* A delivery address; one per customer is the default. */;
CREATE TABLE IF NOT EXISTS "balance_account" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "balance_fen" INT NOT NULL,
    "customer_id" CHAR(36) NOT NULL UNIQUE REFERENCES "customer" ("id") ON DELETE RESTRICT
) /* A customer's stored value in fen. */;
CREATE TABLE IF NOT EXISTS "balance_entry" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "delta_fen" INT NOT NULL,
    "balance_after_fen" INT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "order_number" VARCHAR(16),
    "reason" VARCHAR(200) NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "balance_account" ("id") ON DELETE RESTRICT
) /* One movement of stored value with the balance after it. */;
CREATE TABLE IF NOT EXISTS "bucket_account" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "held" INT NOT NULL,
    "paid_buckets" INT NOT NULL,
    "deposit_fen" INT NOT NULL,
    "customer_id" CHAR(36) NOT NULL UNIQUE REFERENCES "customer" ("id") ON DELETE RESTRICT
) /* Buckets a customer holds, how many of them carry a paid deposit, and that deposit. */;
CREATE TABLE IF NOT EXISTS "bucket_entry" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "held_delta" INT NOT NULL,
    "held_after" INT NOT NULL,
    "deposit_delta_fen" INT NOT NULL,
    "deposit_after_fen" INT NOT NULL,
    "paid_buckets_after" INT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "order_number" VARCHAR(16),
    "reason" VARCHAR(200) NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "bucket_account" ("id") ON DELETE RESTRICT
) /* One movement of buckets or deposit, with the account after it. */;
CREATE TABLE IF NOT EXISTS "daily_counter" (
    "name" VARCHAR(32) NOT NULL PRIMARY KEY,
    "value" INT NOT NULL
) /* A per-day sequence (order numbers); bumped with an atomic upsert. */;
CREATE TABLE IF NOT EXISTS "idempotency_record" (
    "key" VARCHAR(128) NOT NULL PRIMARY KEY,
    "action" VARCHAR(48) NOT NULL,
    "result" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* The result of a use case under a caller's key, so a retry changes nothing. */;
CREATE TABLE IF NOT EXISTS "order" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "number" VARCHAR(16) NOT NULL UNIQUE,
    "address" JSON NOT NULL,
    "window_start" TIMESTAMP NOT NULL,
    "window_end" TIMESTAMP NOT NULL,
    "payment_method" VARCHAR(16) NOT NULL,
    "payment_status" VARCHAR(16) NOT NULL,
    "state" VARCHAR(24) NOT NULL,
    "goods_fen" INT NOT NULL,
    "delivery_fee_fen" INT NOT NULL,
    "floor_fee_fen" INT NOT NULL,
    "deposit_fen" INT NOT NULL,
    "prepaid_fen" INT NOT NULL,
    "tickets_used" INT NOT NULL,
    "note" VARCHAR(200) NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "buckets_delivered" INT,
    "empties_collected" INT,
    "cash_collected_fen" INT,
    "deposit_charged_fen" INT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "delivered_at" TIMESTAMP,
    "courier_id" CHAR(36) REFERENCES "courier" ("id") ON DELETE SET NULL,
    "customer_id" CHAR(36) NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
) /* One delivery order; `number` is the public YYYYMMDDNNN reference. */;
CREATE INDEX IF NOT EXISTS "idx_order_state_c60baf" ON "order" ("state");
CREATE INDEX IF NOT EXISTS "idx_order_created_a653c8" ON "order" ("created_at");
CREATE TABLE IF NOT EXISTS "order_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "from_state" VARCHAR(24),
    "to_state" VARCHAR(24) NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE
) /* One state transition of an order: when, who and why. */;
CREATE TABLE IF NOT EXISTS "order_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "sku" VARCHAR(32) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "quantity" INT NOT NULL,
    "unit_price_fen" INT NOT NULL,
    "deposit_each_fen" INT NOT NULL,
    "is_bucket" INT NOT NULL,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE
) /* A product and quantity on an order, priced when placed. */;
CREATE TABLE IF NOT EXISTS "outbox_message" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel" VARCHAR(8) NOT NULL,
    "recipient" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(24) NOT NULL,
    "payload" JSON NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP NOT NULL,
    "last_error" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "sent_at" TIMESTAMP
) /* A message to send, written in the same transaction as the change that caused it. */;
CREATE INDEX IF NOT EXISTS "idx_outbox_mess_recipie_87eed0" ON "outbox_message" ("recipient");
CREATE INDEX IF NOT EXISTS "idx_outbox_mess_status_4cdf01" ON "outbox_message" ("status");
CREATE INDEX IF NOT EXISTS "idx_outbox_mess_next_at_9c52b3" ON "outbox_message" ("next_attempt_at");
CREATE TABLE IF NOT EXISTS "product" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "sku" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "aliases" JSON NOT NULL,
    "unit" VARCHAR(8) NOT NULL,
    "price_fen" INT NOT NULL,
    "deposit_fen" INT NOT NULL,
    "active" INT NOT NULL
) /* A product such as a 19 L bucket of 农夫山泉. */;
CREATE TABLE IF NOT EXISTS "service_log" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "author" VARCHAR(64) NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "customer_id" CHAR(36) NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
) /* A follow-up note (跟进记录) written by staff about a customer. */;
CREATE TABLE IF NOT EXISTS "staff" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "wecom_userid" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "role" VARCHAR(16) NOT NULL,
    "courier_id" CHAR(36) REFERENCES "courier" ("id") ON DELETE SET NULL
) /* A WeCom user with a role: owner, dispatcher or courier. */;
CREATE TABLE IF NOT EXISTS "station" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "latitude" REAL,
    "longitude" REAL,
    "opens_at" VARCHAR(5) NOT NULL,
    "closes_at" VARCHAR(5) NOT NULL,
    "closed_weekdays" JSON NOT NULL,
    "closed_dates" JSON NOT NULL,
    "communities" JSON NOT NULL,
    "radius_m" INT,
    "min_order_fen" INT NOT NULL,
    "delivery_fee_fen" INT NOT NULL,
    "floor_fee_fen" INT NOT NULL,
    "free_floors" INT NOT NULL
) /* The station's own settings (one row): hours, area and pricing rules. */;
CREATE TABLE IF NOT EXISTS "ticket_pack" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "sku" VARCHAR(32) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "tickets" INT NOT NULL,
    "bonus" INT NOT NULL,
    "price_fen" INT NOT NULL,
    "valid_days" INT NOT NULL,
    "active" INT NOT NULL
) /* A pack of prepaid water tickets for one product (e.g. 10 + 1 bonus). */;
CREATE TABLE IF NOT EXISTS "ticket_wallet" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "sku" VARCHAR(32) NOT NULL,
    "balance" INT NOT NULL,
    "customer_id" CHAR(36) NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_ticket_wall_custome_886940" UNIQUE ("customer_id", "sku")
) /* A customer's tickets for one product; `balance` is the sum of unexpired lots. */;
CREATE TABLE IF NOT EXISTS "ticket_entry" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "delta" INT NOT NULL,
    "balance_after" INT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "amount_fen" INT NOT NULL,
    "order_number" VARCHAR(16),
    "reason" VARCHAR(200) NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "wallet_id" INT NOT NULL REFERENCES "ticket_wallet" ("id") ON DELETE RESTRICT
) /* One movement of tickets with the wallet balance after it. */;
CREATE INDEX IF NOT EXISTS "idx_ticket_entr_created_2b268b" ON "ticket_entry" ("created_at");
CREATE TABLE IF NOT EXISTS "ticket_lot" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "granted" INT NOT NULL,
    "remaining" INT NOT NULL,
    "expires_at" TIMESTAMP,
    "source" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "wallet_id" INT NOT NULL REFERENCES "ticket_wallet" ("id") ON DELETE RESTRICT
) /* Tickets that arrived together (a pack, a code, a grant) and expire together. */;
CREATE TABLE IF NOT EXISTS "order_ticket_use" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "count" INT NOT NULL,
    "lot_id" INT NOT NULL REFERENCES "ticket_lot" ("id") ON DELETE RESTRICT,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE
) /* Tickets an order took from one lot, so a cancel returns them to the same lot. */;
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXWtz27gV/SsYf9lkqs1Eju04Saczfiitu46dsZVm26bDhUhI4pgktCRoRdPmvxfg+w"
    "FShERSJBf5YMfkvRB1AAL3hYP/HplYQ4bz6kLTbOQ4R+/Bf48saCL6n+ytETiCq1V8g10g"
    "cGZ4sjAhNHOIDVVCL8+h4SB6SUOOausromOLCV8Aqq8/I3sDAr0PAFsIrJANVNch2KT/0R"
    "1AlohKzqFrkFesZQ2rtGndWuzTiGvpv7tIIXiB6C2bNvXv/9DLuqWh78gJ/1w9KXMdGVoK"
    "EF1jDXjXFbJZede+fLm5/uhJsgecKSo2XNOKpVcbssRWJO66uvaK6bB7C2QhGxKkJaCyXM"
    "MIQA0v+U9MLxDbRdGjavGF4Oux9v88dy2V4Qy8T2I/Tv4SPFpCTFHu7qfK42SqKEe5/mGP"
    "kEE7uKRii/WtbhFvpPzw240B8ccP+4Crv108vHhz9tKDADtkYXs3PbiOfniKkEBf1QM9Rp"
    "l+fWTkgb5aQpsPdKSQwZo+6i4ohxdimONhHAH4zT2dzc6aAvbIhN8VA1kLsqR/js9KgP7H"
    "xYOH9djHGtM3z38j74I7x94tBnkMMUHfiQjCoXx7AIdQNQ7u8evXFdClUoXwevfS+KrYNO"
    "nXJRsRkFNKLQ7ldgbx2UkFmM9OClFmt9Igz1zd0NgDCGCc1BkcxPXPE2w4isAbyktot0Jr"
    "Y2yKQBvKS2i3Qjs3MLbz2N5YhA9tJJ/Blj5vBWwDG6wzq9uCPcTPx+OTtyfnb85OzqmI95"
    "zRlbcleN/cTTNgLqGjGPqcMw1cYmwgaPExTaplYJ1RvabGbGgQt2vsXt7f37KWTcf53fAu"
    "3Ewzw/XLp8sJHcbeKKZCOkF8uA1IdOJqKA/3RwPDggGcVMqAPWda/RvFJWBf33+5vJ2Azw"
    "+Tq5vHm/s7D/hNALx/Mw3yw+TiNosythY7wJzUkjhXwFl3okcWmz7Sii1OINGV3s4gqo0Y"
    "JgrkYH5N7xDdRAUOSEozA7oWqL4K/9NHz49+Qe3eMjbBi1jSIdObT5PH6cWnz6leub6YTt"
    "id4/TLEFx9kTVSokbA15vp3wD7E/zr/m6SDYpEctN/HbFngi7BioXXCtQSUZ7waohauteD"
    "iJciFqPKqNUZrOruzLYlNsXCf/MnbmgqhIuzbGAb6QvrF7TxgL6hzwItlbdSBFHVq0RT/Y"
    "Q2vhqPURuuo7hpdnBRDOg3R/68dXXxeHVxPTny0J5B9WkNbU1Jwc7u4GOcuRLJ5m+Zx2b2"
    "CrTgwgOIfRP23GFM29V0cosXR7x4d3hvVBrwZlKKEYhtDXl/XWKgLqFFnwasl5CMwFonSy"
    "84TUcKQWCG5nQIAWhpAM4JsvMB792aqDncXehEcScQjgcVDJT9wtyd95+Ko9t0lPCc02LH"
    "P1IYYPC1/qAg9JIfgvgGGk0B3OrwTeF7cl4B35PzQnzZrTS+yCKCYe1YY4AD+M1xBYDfHB"
    "cCzG7xAOaacdsw5htxQ4C5geSBt1bmMf774/1dQeog0sh6RrpKwP+AoTvDCgAwKFLeT4jn"
    "i08Xv2ahvrq9v8za06yBy+z8zAwTEdgjBYn67qj3KybQ6no5rJBAznc9jHt1CQ3m/V6oKn"
    "Y99zDnZGUkRmWu1syXVWBCuEKNUeh+/uRQ/4hO3Rp4hoaLgG6BObJ4BUUVNKQ71S13Khwb"
    "tH8E0M1o7ZT328liet1pmLscTjzoKK4xmFg8Iad8AFtHDidnEih+/OUBsaQf129Nz7AT2t"
    "amhw5AUZDxR37dqhKfvbfQFNMfLURnuzBS94rNPlDL4+HmapoJztZhEfijsdgeiEbrdmsA"
    "RaJbbQHa78DEz8ikOgDP04t7FEQNGvZjp0DnlBzv0Y60G7plN9Bhxe4IWQ0pnfZshs6jnL"
    "fGvKG/o02W0pUoc1B+ot9DJDoYyg8wMFh/8SC2NTr8LNec8cyIYpCzejuB3bEwVeM1sAg6"
    "YsmaWGNwdbCNbESQ2cZGswj9iqvKWqvdA6vpl8qLQ3JjI4XmTVpJ2jWBXVNSbJUI9+5Za5"
    "UPNvcM6apefXqQVXHq20sJuOoTImUZgZTAqDQE4ImK5QP85h0A483BS0wffER/rQF97A3z"
    "6KlvbgIV2mxTMVhBXQMaorOHTkZeWRVZQhJeyYcHmvkIGTnoVuRgGYBXEdZQXOYYsm4sG/"
    "uK/ypzQt2FgGbVJLBZYIPZQzi6ldKSsMqc2PByYt60IVNiMiXWhZRYYjAW2sNVEmK+NbxH"
    "PixYTQG2Y1s0SmcFVrZAWky8OWnjds/GVbx0l6ClGyvJCAdvMz0TKiiBLce1qAxW4pq0XX"
    "fL6nJ0pfVbBPEuqV2urhzIW3xi4YmCryxxlil0mUIfKtYyhS5T6DKFngdbptDfyxR6D7q4"
    "Nyn0bHa2Z0APIIN+hV1b94JjuVhheGtUFidUE0IiFN2BHqCzkbpkjbH9cF/RFTZLSbm3qE"
    "ka7g5kYkYlMcA1UrGpuA6yxbgIsnr1WEGHDbc2bAN5vwUgDuWlgVkB3BWFSAjdSGGA/lEl"
    "96jEO8oRydNnUlS4giqXFabQlMvptWfNjfsScWXERM+ckVtKnBkrSdbd6pyZFCdnKU5ynF"
    "STcFeHe6UjFSkMFsFEQl5RJmq4LmCVihov3LpnQc09a6N/UdnCSprkKKUu8Xy+HzyPYRMD"
    "gadR9zasL+L5t4naoxIHNylVwcNdYuqlsAptVqmC53NdRX75tf9mgDXtMPsD0DUHQBsB5j"
    "M5wMGsjIW6t9CyMAEzBBYuchyk8ZzhBj5B+s0d95vNlYJXyBJzmlNKteS9Bu0w02+JBRFO"
    "qDSUVxwSwN2PSPT22KqW4xFdHrcNxCPggmPRFrNLhvJ7kUvuNn7jpY4dSkZ0y3nFPu8Qq1"
    "0jnJPUduGV60/R9wLnLlIYwCRSlqqd/DotBzvK1N7e3/01FM/2QLYMxGTf06ZWBFGwKxrI"
    "4KnLQ1cEIhqOO2NPN0Mcm6QU+bSiDCIJQK4isXU0UhheXVn9VooBHaKY1O2kzvoOtTkc9R"
    "oKdDrWBz2pxwkxKT8/SJZh/UHKsHaKFQcnrO+7/zJxlHzPBkGliHGbEfVeAuQg+1lXUXhs"
    "0h6Bdb+h4JSmIUJFdG9X5xoaBpcfQQStqdfWV6+pIeEllI7gsFQWVUeG2IY7pCuTLVevj+"
    "ymKVM+JPO0O3vDJlhV2hfUBFNf11A3NlcMA376K3V/VJYC05ikoiZEK+TBVsj+WYMb4CCK"
    "KmMufuEtZMDfieO8/ABmrrlip86xTdzQApBgU1eBu6LzOWc/eC0t7pHnOmzwukOJl7pOpy"
    "pOdnnU13msCws4InlZtyFYt9Fk6v1GQ+YKE/qmbh6QSl9V3iSUFyqdifRYXLFj+a3T0XSJ"
    "APURaFcxKgkIXAcBFdIfLgtQMm41ZsawI1qe0GbEkuWQyhNWcO6djekAC5Ml7bj8vFRv03"
    "tMULR5kfkpEB/c9DQ+rnI8IZUq3g95fL5thurigZAHjBTWfyKk/0aJJN1ijfbTbocJB8pD"
    "3WTILiXXy1Pd/NAUxzSIYlbF5gCORCqxU0W7yDy9D+A333P4DeiOxyK1cmcG9Rf+Sf99+n"
    "R9fXd3R1fqObKZs8EnqNq7RclR1S2OKnF+iT2ZJToGb8PEEjAO1Vdd1xMqcmHfY2Ff0+9J"
    "1wSHQFt4ac/qDnBx78liXintGnQX4rERVepoxOUlkt3crW5ewQ0jx1RMajpgobLlvOYAnd"
    "L6V68QNjoPEpeziG0HPNZssRzRtRiH21FPQWeQiVVkhQpNQZzfYLKiEybDqBWIj6uUZR0X"
    "l2Ud58qyFhhrjuCmyZSOjLvniS19x5AiJLodlacqAc4CPDcwtndAN6cnoZUnPbQC68pGHp"
    "eq4Ob0tJaENQurX9LkMG4gkYBYVk0CmwWW7ZwRCoThZs2uFjfatEAA6mDXVsXs2kijRYTV"
    "pZ/O6aPnEJJWBwaV0PTA1d1pjuhYdVndswQy6SMgh0FnIJUIgczVlSBzDomCzjJGSdCC4C"
    "tLmIsNXzrp2QthnAu0JdCc8dyrIoNWE3DDqjFI0WustB07Pa05wKxET3udk6XIlfdHBtQO"
    "/Z7VlZs9u9PR+fc7oGYWPcgypbUHMVR/enYrDVSXTwftLay5crcqp1kKM9rvc55lN6Ct6U"
    "RLzsxQB7xxS72cDraDm5oOU9jSRwB3X25vy04KSPjlz8jad4enV4E5YQ0NaDinCSl0a9/d"
    "5x5It7rVR7tTZM+wu/c+fQ8pf9fwF2dQcDVeH+2/hEVF0tEruqVSWkGRYKV6aa+Sgn5DaD"
    "m6xynGNjhZfq3ze7BeImtEf2J6TaO/N/wS6V0akVXR3aqKntvYVIQLcdJaw+NHqr8Qh3pX"
    "wigndQZYxVc/yPLovUY5vuTZkY2fHSkcSBts4HRI8TPfRBOyX5Iq8uTC7ScXRvsF9wxDDI"
    "1Oa5SJQiTHVSoGcXXxeHVxPTnUYYWxr13kCoWO+DZPyAjlqjDZ2FhzVeJ5KL+70CI62QDq"
    "yIRezIhK6CrjnaHODFgZUOWf27BzO9Id6pY75Dy5IvZNID5A67EuKqCusCx1Ctz6TfNw0h"
    "GYEpIq0sLglLLQ70UUb94WLBfKK0p8S2qy2Hm/OxZkJVVlmXcWYN1R/GJXTnC/jGM+pScp"
    "5gWOhZR+nvTzmoV3EH5enCkscvZSucRtHl+cxqzm9/mNO5F3BgjGT4DlNKjPhoCBSUDmp7"
    "IxZDBOP9e2PNofk8p69D8OfWgmyWENrLt16SN2y0csYDMurtIP5eX8zlkz6SgXWzFjBYmn"
    "tEGkDdJnGyQzEdSAqb/63uI+DtuquMYzYEGF5oFMO5fM8PdP/iFOXMsuJVBu2Hmi4YlQVc"
    "P5gTizohxkaSOwtnVCkAV0KzarvHoln7MXQJ/L0adr9k9aViHbNw50Lk99/R8gjbuOGXe0"
    "pyxkiASqEyoDjFVX4X8upn/msD+r+kpHPAO6rIwkodQa91OP0wFPOo8gsIQxXufSAg5h/N"
    "ZfZbaCGwNDDr7FTKcJFcl0ugfTqTg9X/O0fAfmjBtXSdSOixO141yiFlKLxlzxdpgUWhdJ"
    "FZmHydHtoO9ECSDaYa8sR314u+OHVO7nHWaLbFusFjmtJetlq9TL9ottol0rqJ/EA1XoJh"
    "zGtyve5Qk1STfQtfkzF249TAzrs1/IecSJXoW3RmVxq1VCSKD+1HHVJYsVQTB+B26BX33B"
    "ttN9c0/H71T6893xjP5U346/uWeq+q6sCHW3xmQgqluBqENWonbooBJZh9qrwBM0dMjdTV"
    "5yCkys0n5s5OjPc9fyQ/UzVzeIbjmv2Of9pSmjuO2ICatFFRntoXyL/gddhM7fnrXjhdQc"
    "zd6lOlgWBlctDJYs5bXCylKSz5ylr7QWOFaShcDlhcAd8WAekf1MJ5hbvDjiODGJu6MyP8"
    "bx5RQjEKzgy8yxYeD1z+6KnXqMwItv7rmmzenPuUa9jfPZ7DX1Oeanpy+jpPlswyhE5nMA"
    "Z9glrCIy4J/ieTd1Ny/9nW75O9ClCImRN0Qa0jSvYJoT9J1jCU7pVT68ofwgwC0Lj01+nZ"
    "ab3VF07Pb+7q+heNYWl4FpGZiWnJ6S07NlaPfi9DzwXqBHZp1xrVTvRrmBGolUME2/oits"
    "ApcatWCtkyU1BW3q8rwHeG0xbgZNd1aQqNQKBNgGAU8nzwbduZ2ajc3iqaT+GWS70ZmIoX"
    "mfxH6cHCKAtpV9udj6XCMVm2wHmc3Du9gGzeoNLv5evx0q4+9NUrTR+UgE3FB+gODWf+qU"
    "pMFv3raTfOKVDbv9+MQbNuyCb80z7UIq6VLjLhLavpt76TMR0z9/cpgpBhxECEXYAS/Yhm"
    "sbr1++B0uKljMCkDqfHksXy8JQGWC7BnI4m7hralRGGbsVZey+8cHSoeqbk2/uW6i9aycp"
    "Wr8ZwvjiiatxoP5oYFi0sTuhlMF7zrR6O5XzYL2+/3J5OwGfHyZXN483QeI/imV5N9NJpo"
    "fJxW1u67y12AHmpJbEuQLOeIUshxvKLZ44kjotTh6vz9+/ft3OrHFaYdI4LZwzTnPGtYEd"
    "JIpySqlFmI/HvYZZU9YIPWlwI1SoxVGVBVvlmaMdCrYClFmCZ5feifRk19TfNdg0WX2cLt"
    "gzaTXZMbV3jA013XUUU8BhSqrIc3zzxWKmbik+f4tYFV5OT9bh5csbvbNPNxQh0dpRnqoE"
    "OAsw9WKwvQO6OT0JbQ5am6HDcBLZHp7Rag/WcYdh7Ui9qE+YNbGIvTnixGuTt0dlMduAhB"
    "NFkpXOoTPxMzKpDtueRgLiTC+1zliT1tAwEAEzaLBQP4BzgmwuMdNeLckQbbdCtHRkESi2"
    "Jvryci8FZ8IOhrziDXkBVHN6El0OupJnqcF0OzQZca6gDZdWkgYcnx7Wcs0ZbzooiWdn9I"
    "Z35mf9A1iel9j4eYnywM8m07j92sXQqhE83E0Mvq8kxiCe0pGW4nYKcR+wPMI78l1/jZrr"
    "GcxVi91SA6xTrNcx4Xhh9CRgI98aOwkY0KsfYOLxSUPb1p+RBsIABngBwYp+tRHb8Uo/i/"
    "1e2NAiL70aNfR9pdsoki4+v6SuxmV8pVvxFa+7kAiyCQ05t3N8KhuZtO2A8bVq/jGpI1Hl"
    "oOrPJfyKoHLjM60puf66xvWX4nLErq0KleTGGgP04RrYtNIrH65d6KUTJ524bUuSdOI64s"
    "QlOO24DIOXgdbHXx6QEe0fKjl5K3XG5EAg/9G8q/uZtnVU6Ot6d0cVnN1VKFiFJpfKsrz+"
    "ykYrqGtgDVn+Pszyz7HtnawZ8t++QK8Wr8D4NfgTGIMZtlznJZcut5ZGpXfbLe+WBSVErM"
    "lQfnAb9+snzj0kI/GhDQnJSdzfLFYwpQtMtgkNaQfziorY+ieAZyQv6zGyUEoG4SZQfYaG"
    "zvZC8Ta4FcKaVmoP1zdnpz2BVTII/xEYhFPRiEJHL45WbHX14jhJFWcvJKz7ySlyxj6A34"
    "Ly1N+A7h+w67gm8+Vcy4/9a8DAhEPrUXvrHPfv3ymCQmYF/0d6hH/Qg1QOvaw27LYE74mI"
    "JRhrSFswu7xK+lhJH9sytHvRx4pF7dnOMO7OeZHAfWY72kBAz7D68GIV4iAFVWdDgahJi/"
    "cCUY96ybN1gzulVi6MZbaZt8UwyDxCt6zGZ2Q7utjmjYTKAK3H49MqTERUqnj/xmmOjYi9"
    "VAIIB+IDRHdcaXfMuGR3zJhzOjK2CLI4BQplXDWRSvs8NYexJGtjpDlo+ObH/wHsAC3B"
)
