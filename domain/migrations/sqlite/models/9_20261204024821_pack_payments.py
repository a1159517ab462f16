from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
-- SQLite cannot drop NOT NULL in place: "payment" is rebuilt. Its children
-- (payment_entry, payment_refund, ON DELETE RESTRICT) are set aside first, so dropping the
-- old table deletes nothing they point at, then re-created pointing at the new one.
CREATE TABLE "payment_new" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "out_trade_no" VARCHAR(32) NOT NULL UNIQUE,
    "amount_fen" INT NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "transaction_id" VARCHAR(32) UNIQUE,
    "prepay_id" VARCHAR(64) NOT NULL,
    "prepay_at" TIMESTAMP,
    "expires_at" TIMESTAMP NOT NULL,
    "reminded_at" TIMESTAMP,
    "paid_at" TIMESTAMP,
    "refunded_fen" INT NOT NULL,
    "flag" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "customer_id" CHAR(36) NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "order_id" INT UNIQUE REFERENCES "order" ("id") ON DELETE RESTRICT,
    "pack_purchase_id" INT UNIQUE REFERENCES "pack_purchase" ("id") ON DELETE RESTRICT
);
INSERT INTO "payment_new" ("id", "out_trade_no", "amount_fen", "status", "transaction_id", "prepay_id", "prepay_at", "expires_at", "reminded_at", "paid_at", "refunded_fen", "flag", "created_at", "customer_id", "order_id") SELECT "id", "out_trade_no", "amount_fen", "status", "transaction_id", "prepay_id", "prepay_at", "expires_at", "reminded_at", "paid_at", "refunded_fen", "flag", "created_at", "customer_id", "order_id" FROM "payment";
CREATE TABLE "_payment_entry_old" AS SELECT * FROM "payment_entry";
CREATE TABLE "_payment_refund_old" AS SELECT * FROM "payment_refund";
DROP TABLE "payment_refund";
DROP TABLE "payment_entry";
DROP TABLE "payment";
ALTER TABLE "payment_new" RENAME TO "payment";
CREATE INDEX "idx_payment_status_9811c6" ON "payment" ("status");
CREATE TABLE "payment_entry" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "amount_fen" INT NOT NULL,
    "reference" VARCHAR(64) NOT NULL UNIQUE,
    "order_number" VARCHAR(16) NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "payment_id" INT NOT NULL REFERENCES "payment" ("id") ON DELETE RESTRICT
);
INSERT INTO "payment_entry" SELECT * FROM "_payment_entry_old";
CREATE TABLE "payment_refund" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "out_refund_no" VARCHAR(64) NOT NULL UNIQUE,
    "amount_fen" INT NOT NULL,
    "reason" VARCHAR(80) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "refund_id" VARCHAR(64),
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "payment_id" INT NOT NULL REFERENCES "payment" ("id") ON DELETE RESTRICT
);
CREATE INDEX "idx_payment_ref_status_14ff33" ON "payment_refund" ("status");
INSERT INTO "payment_refund" SELECT * FROM "_payment_refund_old";
DROP TABLE "_payment_entry_old";
DROP TABLE "_payment_refund_old";"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    # Not reversible in place: packs paid online have no order to point at.
    return """
        SELECT 1;"""


MODELS_STATE = (
    "eJztfWtz2ziW9l9B+UvbtepU7NjpdDI1Vbbj3smME6cc58282+5iIBKyuKYIDkHaUe32f9"
    "8D8CJeQIqgKInkoKvLsUUckHoAHpz7+Z+DBbWIw16cmyZh7I4+EvfgLfqfAxcvCPwiuzxB"
    "B9jzVhf5BwGeOmI8FgONIB05ZYGPzQCuzbDDCHxkEWb6thfYlN/q4Bx9I5dzHKCIFAlSxO"
    "bYJxaaLhF5Iv4SeT7lV1/wOS1qwqS2+9COPHTtf4UEHvGBBHPiwyS//wEf265FfhCW/Ok9"
    "GjObOFYOjUey5DOIC0aw9MSHcHf/NzGUP9vUMKkTLtzMcG8ZzKmbjodn558+EJf4OCBWBh"
    "o3dJwYyeSj6Gnhg8APSfqY1uoDi8xw6HCAOXX0CKvPDgzj082d8eXqzjAOSuAnFBlA449M"
    "6vKFs92ACQQW+IfhEPchmMOfr0//jO6zAiIaxW/4/85vL/92fnv4+vSI35DC6kdb41N85U"
    "Rc+lNMgQMcTSJwXwGd7p+mUKcE3YCdfLBCe7V7dw/3y5dN8H75shpwfo0jvkKY/PBsnzAD"
    "B2WYf3MoDuQ458kKYM843QDhrkH3/c3Xi+sr9Pn26vLDlw83n/hdFkv2L2d1kX8EH9iBwO"
    "D26vwaoOYsZPaY2dv8gyk2H5+xbxmlK/SEVo0tX1qcLIqfYBc/CNz4F+RfJ+HblgWrxaQs"
    "Pb5Uz84zgxpwcqC3Bb+N6d4h6hLkER+ZIQvoAn6xgUXPCYrXUMbP202yAVe3rfIr8PXrh/"
    "fyNyAaXdj5YWhbLzjNdjj7wV9moWtynJG4E/9x+teD3b8OgtO8ei0YjUdZ8OCLiwKuNSwd"
    "vj5xVFh6SrA7ln5wH55Np6+3BWyerR+/bsDVj19XMnV+Kc/TA/JDws1rDs14/AjPzJNGZ+"
    "ZJzZl5Uj4zTbpYwNcNlITAHNEOt/JuNnFXouAK5GloOxZ/AAWMszSjg7h7PsG3owq8yXgN"
    "7VpofUoXKtAm4zW0a6EF7YL6ZWw/uBWqSjq+gC08bwNsYxmsN6fbA3+In0+OT385ffPq9e"
    "kbGCKeM/3klxq8P3y6K4A5x8xw7JmEDVxQ6hDsyjHNkhVgnQLdtvZsIhDvVti9uLm5Fvoe"
    "i/W9iw93he369ePFFWzjo7wOWIbbwYEdhBZR0rWzRC017Z7t4i0o2jmUqfvQAuYslca5Ac"
    "42Sx9ZjX3kCXfIQNJPBstBTJ9wTKT2uvdwJbAXpEIByVEWQLdi0hfJL0PU/OALWjeus4xf"
    "xJoFufvw8erL3fnHz7lVeX9+d8WvnORfhvjTw6KQkk6Cvn24+xvif6L/uvl0VTSKpOPu/u"
    "uAPxMOA2q49NnAVsbKk3yaoJZf9djiZajZqApkXRqr+svZ1timShbZMsqSY4P6xH5w/0GW"
    "AugP8CzYNWUnRWxVvcxMNUxoV5+u9qiPn1O7aXFzAQbwzUnEty7Pv1yev786+HNP5m6H+M"
    "EXIh69bPBOL05qTd58mMGScWut3jcuQYIG4SkNA2GsDuYANDrELqK+RfwJwkBtO6FPjt4J"
    "y3W05uiRLBNbNtzQ+pnC3kIPIeBQNoxv8T4S2/nvB4+wDflFn8wO/tjElF6poEmZk0Q7iz"
    "dhf52jnehm1ZbzZCUau53j8WM06zYxN55UmxtPSuZGvr0VsI2HjxDa7i25gicZbriYyo7W"
    "aoyLdK3A7plGtnW7IzFtzyb8bs0ZcJ6olZms1Z5+2WtGvAKVCwEtFK4M2Qi1rYFoVwkmJf"
    "WqL5EZnl0dbZdcqxdUPVstzm5KsE/8OEJuRn0hD2JrYbvo/PMH9GwHcxAgfeqQSHiMBtoB"
    "I86Mi48uj6VDIPz7RCKfbmF+HdPRA725TjIV/yqc7Mn4EYpPp03iDU6rww1OS9EG/EVRcy"
    "U6YwV3C6EynPcYc8zmKhDnqXRc71oVILE9T9VCZnJUI9zP2wNauwdGJ7A2jdquX+bawO02"
    "y9wzBXtMq+yTJzho2rzMeUq9yn1b5b4on6FlB9f04UCmfCbXJrXKJx9lOPGwtcrntzlF5h"
    "y78DToeY6DSaQNCodEALsPdEdQGEFbdC2EZwHxy/pluyk6ViG1L2NDXwbsElkQX7UsmBJo"
    "MbCBGIiFQUER35hiWwDvT585fdNEJ39TrZO/KWXNuYFi+P+KYoQb+NVJA4BfnVQCzC/JAJ"
    "aGu6zDWB7sMgaYt5BkIc7KMsZ//3LzqSLFIqUoSpW2GaD/RY7NxhUoyaHIiZIJnocfz/9Z"
    "hPry+uaiKCPyCS6K/JkLJiqwpwQa9faoD8s4stPzclyhkz1Rry6ww6MEz02ThvJYtMKISZ"
    "2qNY3GGjgzuIG3LwnT+4nFLjX0hJ2QINtFM+LK/HcNKLQ61S91KtkbM1m1jEp0C1Q68KMU"
    "bN+7sOu97uIOg66rGXJOB/BtIglkuogJf/vHLeHJUVK9Nc9hr2Cu5QAVgKpg7D/L51aTOP"
    "Ybl9xR+LGDKPY+7NSNYthvQfK4/XB5Vwhi70IiiHZjtTyQ7tb10gBJhzaKUF/QJ7IAGkRn"
    "+cM9NaLGE0e2U2RLSrNsMI+WG/olN8C24leUpIYcze5kht6jXJbGxNZvKZPlaDXKEpR1Os"
    "QW46J0zP4uY/YxU3PWrChGVy9kKwWbtLdRB53pnPSOc9JjO6TUNlIp3uSJtFwTyzU1SekZ"
    "c28eY+Wc9LKxeWBIN9Xq85usiVK/O5dAaD6SoM4jkBswqTUBiKFq/oBoeobwqojqnMKDT+"
    "CfZwSPveQaPejmC2RinxdfRR62LWQR4B52MBFhVQGvsx1/UjYPbOcW2nLQL8vBPAavIazJ"
    "cO1jKKqxfO8b0auskrNbJNPAFoGNuYeydStHpWHVPrHx+cQE29AuMe0S64NLLLMZK+XhJg"
    "6xSBrewB8Wn6aI+itZNHVnxVK2gltMfTot4/ZPxjWEu0tR0l0RaQuHrOgwH1QRAluPa1UY"
    "rMY1K7u28+pKaLX0WwVxG9eulFZv5DU6sTKjkBNrnLULXbvQx4q1dqFrF7p2oZfB1i70t9"
    "qFPoAlHowLveidHRjQI/CgX+IFSPgP0oKZ6bVJnaXQzI5qkEHn+XRB+Z9v0TRcok/ogQTo"
    "I5r5BIZTnzu6aehRlxv9ZjasKk+Tgz9mE1H9EruIV0khIhieFyXhPUxtKi2duc1baetiv6"
    "yLumjmFuUprdluUdtKeIySOpCh2aHGxUsJL6lLdqN5dQ81ewxVUI6Hj89k0H2FGThfjX+F"
    "uKKQT3V+ToFMN5UsmxW5uNIG2xKdBrcMLl4IyVzN9ZAn0rCWYV3YrvFAqcUUkS3RaZ9ZEd"
    "on7NiWYeGlSnxjnmh3oL4aCqr8eLQZC2XBYNW7NUek+UAZVoGOkrqbEug3v9Q4J8B+0KZK"
    "dY5whDbtgdiwE0zqa5G7VqtC5CsyvcC9XmBeGvZJouzXtnheEen+8M27O8NL0coJmKXT1d"
    "77/DK5NFCz+sbjdZRCkygF3WdGxyvsG/qhc6tWeUmRW3LDvKRLMclwl7ycklSOBwzZptlb"
    "N3yerKd7jGCZ8F03xOkz96Vfwu9jwmirkRXwzxcC/FlamCBzdVIbXQEfGWw1cG2Axd2clx"
    "YGjd+JVvQnhvgcvFn9BC0w/Cba1D/PiYu+AVO8vQCAL2/eXwHKl7dXd6JlKA0QI5KkrK4n"
    "10EU/QqiEEUnVWS9lECLeVrM02GpbaS+7Z5BC8+JDzzJEZRcXHMCZYeplchPaSeIenAmhG"
    "5gO7yx2GyGTIcyIk39bTeFPkv6dZYE5IeEzd3Bp3Jck/GjOEnq2NfVP+9ynKvUiyXlXtc3"
    "n/4zGV5s0KKzo/YWRBbgIJRoUzVxZCnFzrrBHXBmuRvT43GTYLLj6mCy41IwGZy9gJ2851"
    "41A8lTjcDCu2smosXTfxfxtN8VqPp7dqvWoGpSMUk5a2qTmkn9gHYbVZN2qFO5T8RnOP7u"
    "ErUqc31Sr1kVRjZRruY4EJ3EYNHfIoz4zS34k3gT+IstsOMgy8ezQGQsCUOcHSAHe4wwqa"
    "a16XwStev3A95R2iUiMCFk0TL+oZWxPSpjmQVp7MZdkYxCJcsLrU16GFe3MC51ME52uQK+"
    "GZIR4tu98VSwKFWta9fBHrbl7Cg5qvsUHsHmywBXd9FNCTbqotsO6L/MQlf0WEfT0HYC22"
    "Uv+G3/ugddbCvNdckPz4bLbYLXcpQ6fK1vASG5Y8OzWmrceUqtcfd42UvRGLx+v5qZdkUx"
    "PgPtaRNR7LRaFjstCWOitqXwE6m+VXlKzTv78xL1zK0qIuukyn8Sc1en9qdjmij8UYWSKC"
    "8KBRRRl6xagcx8uog+iSPY0CEO0AKgFp8SbM6PJghUDQtNl+Ij4fGRWgK2diO5iSATcpca"
    "x7SRYJ9Ggn3lQvdO9NDJ0ENJieyRmtS3XTz0s77vLneZ9SdNXh5iXEP09C1epRyhfpN6/S"
    "ZxCa2NuYHphMhBrG8iVqsVQS1QaSluEJ26+vvarImTKEcuKu3WLIkuuiLp98BTtQyROaSE"
    "a4lOg7u2GHLWjLFpXM/4khAnxbie/DlTEdcj47pd4Kvjpsr4rt75DhBWyRHtGZtoinCJRz"
    "bAWJxXHcB7k8wzTmizx3oOVXgA9Onr9fX+Iv5C3xZ2a5m9X1yarDH4p4MaWPyB3uZ1dlFM"
    "h3xuXeeTIdtF38glXcjs903JOs6TqpZ899GaNhMXIu7Ef5zuIyhkrQRcbYZ/JiZd8MoGvl"
    "pAWZGuG8PXfj0eW44p00XjtwiuN48rhTdFNyUYQe5OsTpTA3BP6mozFcGFu3uGiT1sqhWF"
    "LtHtztZzPBSnkq7Qt7MKfYATm9uysNNasLNkGu7mcHs2MYnBYVF0RZcJtS+6VJ6X70gjqr"
    "Wr5Kos0I3u9DtrcPidVZ59Z6VEAIEXL3irjnJCpTGux5iXdwpCqVHIobiCSWSJCgDPONVg"
    "TRcyUN/ffL24vkKfb68uP3z5EGcApK5AcTHPjW+vzq+LKFP3oQXMWSqNcyOczZZh9nlK7f"
    "rum+tbISC4YI/tomzkYNe7vlqk52CQrwPqbVoyEub5AtOMFCZRg2ozhL4kU4wQngCzR8ME"
    "IDbcRXcwzyWMHaCFrRKnrXorEjenzF2RcYHW+Cuyoxo4LOY0ZISnKPGeqnQ2s02CgjkOoh"
    "QAhp5hxfx3yLYYwj5B3ATOEKMwhiyRiV1eEXRK0ENIGCPSRq5buIN2g/TcDbLwDF7DSs0H"
    "kiPqJFdu1P4P+JZUEeEMyZZyEccEcP8dTDuyTwzevdTnfbsF9xJ+kIht1aUgkvH9qATB7z"
    "eaShC8ZY1kLarrIKYEI2AidfaJbZRA9MmCf08fpIjAoKGqX0pGvkP/VPrJYB1ULJzyp5sS"
    "iUxSi3yeUPsEFSA3ido5mhKMrxZF91KKg1lgLEDtBGW9jf25TK6N0H0zQucPkJntOEZFsb"
    "JqAapIt5EgNZz13YrEFGNphW3euBLxTt63XeoOY3rddMnq6pNtmAW0Ouiokonksyyfm3w3"
    "dEGcR9MMcBM08tSkLVY2bjiY6RQzTqB0W8Y1EC2IZeMNAYrdTx+TqcaI0xy7Fp3NNtxLf4"
    "tmGStIuwzUGCRAHgBheKFvzvHGh9xnGPs5nmq8eC0XZONz7nM0y1hB8olFyMKYYdsJ/U13"
    "1a2Y7LdorvEiFpl9N8Yqmma8MAWh7xo+gUdmm76Et2Ky22iusSLGiP9km8Rw6MNmaH2JJr"
    "qO5hkjVBHXAoW+g17Xd7b5SIJxFTLIu3fFFzSeseOQTV/ECKxvYqoxbS6lGL0VtFPs8CoO"
    "BjZNXhi1Gtsbl9xR+LEe4YtoyvPVjCPcktNQbMkuYRMzjg+1lvGgkTpdExSa6tvrI0ONVM"
    "1vEh/q2Sac1QThVTlpBvLzW+T5lM4Q/I9X1Suoj8iTbRHeR34Gf+BVB2BZZGinc+sWwv0q"
    "SC12mWJbpSzNCMs0HJ80aZcAo2rarZYaJsBLZIS+UnewDMkIwowKuZQvm8TTwajqfMqXpY"
    "g6L/Q9ytQCFlckO8Q44ZC7wbr7MsbaJVgN/bhcgro6q+5i2yfJfKJQjfHy/Mvl+furfZW0"
    "e49tZ3nJFSN5oljueq1KYPGRhpkZ2kQjIP7PFl6CqA4LyqXxQ+HqgadcTInPjt6habjwiI"
    "We7WCOsIswAGmbKPQY8eV6wOYzbiD97zfNo0cpSl11pazWCZ6wE0qwrtS10vG6YI20lPGe"
    "+I/NPByYc54iLuU/2ev1/CceaXjJ0Ab8h1HnCXgBJxGGAN6viode8iwS4CLveOIocskz4e"
    "2thAkBWIvNxMdm6PvEFW2vZIyoq6nv3Xv3+8x+4C647+iREI+hZ57yygfSZ9i1nIrN4Vd0"
    "+LiYIAd2MRJZ+xNk+dTzolZcIPIxuPV9ePLy5PURwkzYPELY8feuaOfN5xNP+wzXFtgCwB"
    "gVs/mJ5cQmDFkU8Sxanzz7NtxobsOt/KU2m/TQbAI7Sq76yGGNh9fpO91wyp4EuXJ1pVxN"
    "8eFBrSVnhmSMZqbO1XLgyFQJ4JRghPB2n2eyAL1CFn9Q3VwuJdCCUTElypEmb1RCmQzXQJ"
    "ZyywjcwGIgGhhCLpLYDarrnMmIW5Y7awfyi23BXHc4dVDuLJYay2BXpx9lSPqRws1vO5oU"
    "bm2SbrMUfTJBJ5h0k5ay29pqPV3y3VbFSiLlJbaGTBB9tZlhnhnUpGt3bPr9iavbLqjQLL"
    "IA8Gmi7tqiehw6vA9PyRTfh2cWOYOfU3xyH77+5aV1hEQbetDbfyHWK/7Z2YzHL8yxM+Pm"
    "yzkNeSUsxGyHmzulDb13/QzcZPEhYMi2EoMGm1M/iG2w8d2wy57hD2GGhTufvbYI/Pz1pY"
    "WOTxIrxQv0bW7zviUBn4gXdIrNI8kXundz3wgG2dGQeJmExYVEthafPk+E6UI8EP98ghhe"
    "cmuKMFfwuzD4mg5Mo80ZPTRnqFcB27AEWN8Y5rZ1xz52Vy6XtOOLuqOYhCZOjONqJ8bxSR"
    "Fh/uyt5L8coRb/eif+lUp9tCzxscsF7okZdnDrazq0XfPsHKEu3zKANZ5KHCjVp2GOaHTR"
    "kG+aBEO+qY6FfFMKhRSKQIsGd0W60UHdvWinw+J0WNyOoe2oSfF+4lI+WGTh0YC45vKWmN"
    "TPq/eVgyZ1piN7NdzwV+PXWpHuuPGCMFijKFAEGB8yMfwIeZIwT17hOXfcvPNIliJoA8P4"
    "gHeAnWP3gTBu9ZjDipWNQ91OvYHBBKZXOQHi4aMLm+swq6PajoLNxKSs4IKXG6HHYEc5bQ"
    "L5aTXip6U0mhncnPieb8vyF6tRLpBpqWatVBOxLhX/5opi9+7N/Ugz2pGpc2ty47ZWbm+b"
    "8tjf6fQ2lEYIx1dqJa//plPDD5tHBZtzYoUOsRAQguwDW0vIR8/Uf0QWD+SlPLMAmz5lDI"
    "GExJOMTVFfEB2SFw8vRLCvhZdA6xOP+sGRNEJ4S7eRiGG/p5kGXHL6Q7ux9ujG6n8rkMFl"
    "ifRDjxg5tPrM12f+Ts/8qGKj5MhPSzlWn/g0HbL2vL/hh+iqMojFG8h9j0JVvifxK144dW"
    "wT/X/47+PH9+8/ffoEJ+6M+PKQm05m1NEnPTu2xfopHdwpxfjsVN2nhaxKazfV5TMkWpnf"
    "QJl/hu8JZwILsK98tBdpR3i4D+Qwb+TWjpeLuJITotFCx5R6mXu9zHF5Y2MBogNVcq2XKU"
    "eoG3V/eiWwqUdQlil3aPcPXQ/byTMNDvSK3kr10apbNaWUg1U9YJgco51AfNLEwXJS7WA5"
    "KTlYHii1mDEjEm9hpUKRo9GpkMVUyEQxBISIIrIyUg1wEeCZQ6nfAt0SnYa2vHdBUrED5W"
    "2bo9KwFmH1fMLPYUVYC1Qa1iKsUXFzxgNFVQxiRTINbBWwavu1QKVhLXFXm4nyearstUCm"
    "gS0CyxuhKxlu6XbVhL1FYJ00Kmh8UlPQ+KRc0JjR0DfV9LCUYocIm/PI/ThETTfqicCMWA"
    "FQOs6ktK14RM/SjbrmEmQBj0AYh84hZqAEspRWg1wG2cRsLnoqq51xRTINbQW06QZsA3CJ"
    "WMNcrQPDeeI/KONcQa2BluznQcUb7dQXP65wo+yih57VctHzlCN0UA501SUOy1LPr1Q2bb"
    "HuRVqdV9+fhS6/3yaofrZ6GnKOaoMs5OGs7JokZJ3brXO7h5/bLeEMXcC7mmmQ7GA9uDl2"
    "mMMWHgF9+np9XZc3n8Pcg5uVMVepQHkpJhkP2gWleuFh2H3cG7QhTiJq/TKeb0Svft6I9k"
    "TcTRsJC6Cu+ERjRcmx3U520zXMM1aM4tbUHb13UXPqr2y0cPHOLYauJ7x+W2H2aJgAxqbd"
    "zmGeSxyVcBkLTkrJXJmili7nZ0YcyVoNa/OO3Z9XU41EpmiT+pbKClUpcFlhYk0qnGFmx6"
    "7NifvGG0zx6j8REXrAT0Rkm4vJ3qIF/L5EVJRxtkQ+G8+1QaLHGk9hn/mEIBEIig7tgNed"
    "ZrIc+O3dRpoDnyYFpmDoTPi99qfSAS9bCoGF98JoE7tdJtTgSsH9V4jdwA4kxQbqsc3SaW"
    "jLLuxY21ZitwWq3cHae9abkdGEEKAEa5ZEY1rVNrUAcQfmy7S6wcDgbWq9zO4reStsGUvo"
    "wi48PttbEdsCK+xVSdWMWa9KoUmNfuu0GZIObFTeQyT+AWDYZbZoFENF35pYy+Ddbyfwkw"
    "ot43m+lFf0aDOJLuLRL41j5tOFoZw3mqdqFbPcMzvFtvNGeatGVZSzNCNMOu8eZN1Jd8vF"
    "ZXnDdBV8VxQ6c6RJ5oh6sNdog/vGFOOldU2ta/ZEH1qva+5RFxLe+ypVKHHtr9OEnGRcg7"
    "rGnk+t0AyEhpIYIhEoMokWM4ERtkksocwgz8Hwu6xwcet5tDrUL3WIPYYq8k08fITSY/fV"
    "cnWV5y2K5i28L/txvPSeN2Qyb1w7MATfVvQZlgk1vjV5gwSb85ZJg1lS7TwsAmwzI8p1Ly"
    "N7QalDsFshLGTpCrBOgXBbuCaCxG61yYubm+ucInnx4a7AeL9+vLi6PTwW/BgG2ZHErH2K"
    "Ws/Tel4bPW8Ve1yl7OWik9dpfKvA6GZ6XzQ5S7UzFFD6iLhPQ4TaOTSIG/uZfA85vL9f6L"
    "uiSv0CxoqwOwYPzUdKOgh2PbvWEfulI4pQOwVc0/Gav0vOTNjlaifmikDjqWUQLYMMWQYp"
    "MIIOMI1O32s6xG3bFNcVB+xXOFMYTOmPj4Qx/CCX7HID6gU7MdRYZMY2MOfHw7kUxYhrTd"
    "CzbwcBcZHtrsQqEa8U9e9FOGo9FLVuhl9xAFIZL3OKbIlkt40baOGuZ8IdrJRLHBVDdYZk"
    "hLbqJr2gq1tBlzpB+8S0PVuaFVcXRpIh2lmrggG7Ax5tWT+bmq6PtrSLzRj2b/dRZh5eOh"
    "RL8K1uzJUh0Y25NmjMpd5NZvtdZPbc4uS4iaP2uNpRe1xy1GKQaBaerGZFpXSRJdF+mFK1"
    "bfIjMGKIWtRzk5CPr4LjmML9HMwCg/i+WixynkrHyzaJlx1WRdTdSkHDLI7ZpCQq4+3h1J"
    "c8Q6ZLYvaZf9IwMOmCGKH7CEPcFkstn0Gvet9WvWRk34/l8jPM8jn0zTmWu6Rz1yd1dksP"
    "RhpedmgDs2Xkv0acNnIZc/Ogy42GwQTxjlY8lDhtnx66ge2gqMQQiksMIfIDFEgmM1l2O7"
    "k2V/bLXCn2mwn7UEXSzBGN0OTTfexymyhQHQC6Ti/W1pwdWHO0ilQN/XhVJF0BXVdA3zG0"
    "HVVA70gD0MU4FVZKtRhnAoBUVUqxqdOSVoMalav5Ri556ARMzqMrLBg1o/4qwhZ+F3/nlJ"
    "0pDR/mQaLroEPyA27jLKNqmrOSprSd29y7PPwjeKZH79B3GgaGmBfY9ndkM0RDH6BdTEk0"
    "sR0gmGH1EFrj6qHGlV1EFdG1SNeNALtfqLesdeFFi1qoeSKtdw1W7wpdbp3akXOq+3pPqy"
    "BAqQxeU/WpRNlJfa1RcwrPJyBTKAKdIxqdv7X7oLIYL3VDQo5QO2H65oTJdav54dkwXYtF"
    "zlOO0Fo0pmX2yYKj2MYqWCDVr3Of15lLUG0Y9opMr2+f19cns1C8jGo6UpFMh2yWWho4+E"
    "FFlkzGj06M1GF72ifVgFtpn9Temh3nQo7UEr9lpK3Ogn4ZG0aQUT86QLUXtSde1Iyu78IT"
    "bdpLNPb3XcFcyxGhLpGyuwHqVsw1JqTKbvm1lTISV3vDt7ppnYxeMc2Ni2TIm8KXAow3Qr"
    "YY2DxGgGVCThOuuWFEeYYtVodJpGxzbayEQdKhayMmPoomobaLDnEU4S38zkc8foGGAf80"
    "4mhHKJj7PHwhE3PwDrnkifgo9LgSJSl23fXkOr6hX/ENunTAKhj3dZNg3KJGnQnGfa0jGn"
    "ajogHLIT6Jj7qmOzdHNLpwnO79v5GkEsWrqeBcpNOcogmn0K2strmXdaOlUfrDEmFZ0Qqa"
    "JdLn63qLXWUsvbLBrnkofd8gbq5+ZndXrwo25k1S1Vrqyma1Xk31V2Mb6qkPFGBG/Bsl1a"
    "8TE+dPLNYd3yLMHonFg+QnvPBiMOHjXATgz2x/AVemy2LcvERp3dKdtAbbLw2WR9pH27BF"
    "iH6OUCsF6wUprdFuSaPVvVZXNUibxKC8qQ5BeVOKQBlGCoRPYCzjc+4E5u612JibqsXl54"
    "jG11u8ex6sw6kqoR+Tcht7TVosc55yhMs80Kg5ybKXgg+0SUObNLRJo7FJw8Hul4B6BzJr"
    "RnJtUmvIgFEGS4Y1qk4QVQewXYR5a2f3LbIDhkwa+jbv/AyYe6IxtGj7nHSK8EHZhOmoj5"
    "7nS575/4wZsnzqeTKn+9buom0X/bJdMC7xS/2YldBmSXQiR1GP5u+FApjJ8N0BeTwQILHv"
    "209Y0hhljdtsRaZTyfojZpa1CwdQLy9ubZ/ghGSHLYLTTwbbI1icz5KjsxbpFZHGWgHrWN"
    "JRMT5lSEZnRu3evheLn6oZXTmqDRK6hnMcKORz6Qae3QsvQqlTs6CsKDSiDcwnAFcHtpP3"
    "NvNwYM4/x9MNDOTGBpTV5lrfF1V3m20Gqlq32fgM6gDXy9VMgzyu1mcc5o7rHLTwCOjT1+"
    "vrvZn7fGoSxohV03W2NGZSa/5LRqv2njWx44jQojl2LYfwtgomeZvECvlE5FpOEIsCjx55"
    "Dg1D0VYQdjthriOeIz5/JJ60/+x2brKBERBuoSJdx8NHF1dz/LpJhAKMqpGt4xgF3Zp2X6"
    "1p+xgTItEVYw414JYEggOVca5un5oSbNQ8tZ/HrwzVrfROHVaUyE55+TCjB5rU3JlTR6o9"
    "VPO0FcX4Qq9Om5wYp9VHxmnpzHAITyoXXbNU36oCqfaO9M07UjJ37E3HsUKhe8hUG3FpnU"
    "aTDmqgx8TDEQvNOcIMYXT8K7pG01C0PKAzdB+eHf9qws9fT6bw0/zl+D58bZq/yvSVzSbT"
    "wQk9C054DJWk42j46JS97suXi38VkE3Gj1Cn20KGimPDQSvR66r1jQzJRhpHOwXvL7PQFe"
    "X/gU/aTmC77AW/31+3pe7tWhEBNCQqSPVuT8bvUMeGQ+jNL693o193bMXQrSq7OwozkQQE"
    "drWtmudWoNLReaWgMuBzT6phRyuiHQbDJOLGoGJh+qPBLOgl7zcs12Hii5M1WsyCpk2LGz"
    "lkYGya4M0QB5anfZsOthegiJg09Kj7DsF13hI79Dzi/2zCsc+9JwvuhObJ4vaDC5cZ4hek"
    "Dpmt3EQrPv1SfFQbbHfbW3vUqg+fPpSK55W7NkvSSXHlkckqinBuBOWopZPE7zFV8nHnqb"
    "SKrhOY/52N6LllxgsPg7CjFolZoNLqaYOK+jFkZZTVo9syUw0M5MbxbfkNtkFF/Ujc37BQ"
    "/KWYZHhiTBXckgLx3amWt8QiZPEbtp3Ql6qX+QGTOhXTF0ONWWZsAzUz8Jco4NF3DqW8cp"
    "hjPxL0EEYROuhwgZ0Z5YXDJmiKLRTgB56NG7qPwCRdoT4eRV3GeWieQ81HGkoj/7Z1m/Wq"
    "5u+5Bh1w0P6hlc9dKp84CMjCC9TSmHJEI5RBt1BwV1eEHaXMqZuOdZWkVidw6hZOKgJnTQ"
    "unNFllP6b626i7ry8XpeJra6SozKhG5VN4NpQLIk1CiQ5nts8CLq84Dn3+OfREARP8SODX"
    "IyHFUCAzl8BOeAwR/2NOQ0Z46KK8dkq3t7h3793z+KLNhEgFMNhPRMhocDeQJO3Igw+6BU"
    "Ezny7eocNk2ScR6QTx1hlHqwwNkbeB7930RvxS1DAlabqMgmfbJIXnewaxUIzi947K7PNn"
    "ZuacWKFDfFYl6OUlOzGZEWdoiK4ef2inwz6dDtn1aGx8zBKNUO47bZJnc1qdZnNaqgSq+9"
    "1sMdPDAo6jLlivqMaXazAm2dolrWz2GTId9N7n9e1jQly5SLJHXGvAyXAiVATEskdZZFnN"
    "QZ8nG12tmu4jDXSqzr8J13q0PUO9fH6BbHQv1EkTr/1Jtdf+pOS15+1RWhz/GTL9IvX5RY"
    "ptGlxYUxICinSje5W6FwJoGEzpD8WiX1kaHQdXDt/aZ7paj3Zr95LUv0IMolAgMUxVbtYs"
    "iQ40LJWniwuqLwggo2SNKlOObv927+oFzmlStYzLDMnuNNvBnmb7bBTct0Nty3uZkSBwWp"
    "nh8pRaFO+zKK4DpKtfsPEW79GxKzp2ZcfQDjt2JQh99zbqmXggDWDJDpjUR7HwoYafGdsk"
    "5TQGJ24iHFAUzRMXvGHvoliRuMgxjGPEtRhiQMPDOXjiKHUcYgZ83EKab9r9HXSyab/iPu"
    "KVVEA2Q6HtQBI70CDcmNSLPHlDVPi0eKrFUy2eavG03+LpvntTfiH+k22Sa/ogE04zV2sl"
    "UxaNM5x4YAOxdBXk7NKAoMP78I1lzeDnzJrCz+n05X14Njs7O0LPvh0EBKTJJYLNNJshPK"
    "VhwAuZxLjKZNKup9cCab8EUjgE5lTJkLuiGGGUbPflDwLyQyI43cGncniT8aMAt04guvrn"
    "XU4WKlUfTOWh65tP/5kML5Yk1LKqllW1rKpl1SHJqns2pX7h0plUShUX6gXUdEgD0fQbua"
    "QLFIJQi57tYA6ioE8d8hbRZ5cnymUMmdRPmp3LZNDW83QsbFazku45yHqhM1NKWNyJ/zjd"
    "Rx3hte0vq6XPZ2LSBa/35svwrpZBi3Sjq8XXvRyqy5BvEVzOj1TATcaPENwtRHTB2RnKAh"
    "JrCwlnqHRbbYW22rrr8/Ylad2etLEY3d/2pCAtx99aJkgnZeBqRel00Fph+m5OUEzwE+OC"
    "L+IRfoAwQ4fc9+/T56O3IPu6AUwz4eUsfDZBGHR+0RqU9wDgpcT80CGsLGJ3Pru28vbLyt"
    "t/4Y935TBfnd6Hv2Dr120pMdsWA3n1xyCUlRP/zaG4Yg9niQp4zzjVYJm7DNb3N18vrq/Q"
    "59uryw9fPsT9Z1JboriYF1Bur86viyhT96EFzFkqjXMDnHnQCpOa0mui/DM0O2QeL9+8ff"
    "lyN1zjrAHTOKvkGWflCgGUEVWUc0Q7hPnkeNAwW8YzIY8WXir1C5OQ6r5h9Z67Ng2MI5S5"
    "g63N6qR0emm6Xxq6WPA2bbbiyuTJ9MJ0vjA+tuyQGQsFhSlLosOJy9avhe0aUaaiWjO4Ep"
    "3Ogy532YuqaAJCqi0MZaQa4CLAoMVQvwW6JToNbQlan6PDcVJJ3ShQ7Q7W44HA6hBsGcA6"
    "Q6nQV4lrkWx3wL4eyobFlgWCg1JeTIZkdGUmTl42KS0Lo6orZL0sFZf1ACMlq2pKMDp8uy"
    "9DI3wMhjx4thrhPNXoYD5utI2Pa7bxcXkbJ+FTBhEiljo7rp5gd4z51VAYM0z9RByDebxO"
    "7uNirmTDlhG3NGW3Qvnk5Ytt4bxlW3aMnEUC4BBtMF9R7hLw4xevhol3ksg05bVVVZhJmX"
    "CHYvPJULhIgpJHfCNKEG8FcpFc8+tapCNFuS3QGerd4Xw6FJx5ExeDEbiLpQJwkWx3yJ71"
    "GNhS7Nl+IqTuMHu8hFkOJCFS6bVJXYxUAKMMMxnWpGEjECBOwGujBLwkCk4yAkRjHewiYa"
    "Z9h76LuW3rO2/EIzIMfkp69UQT2JJ2Q13fgDcb4oFXPJnBIy465JMeTRA2TcIb/PF829ev"
    "8Nl9ePbq7AwuRO4udGjxsCyeDAH3icsXfkcMLxma0+e3KK3SO7l3ectL3joSlPu4aZD4Az"
    "NmP7j8d5PHGDrw8ZGO3eph7Fa8jVTU4AzJ6DIjjk/eNKpw8qamxMmbUqFF/g6qIJwSjLKG"
    "zL9JUdb92XG6b3AaHxgtMp8LpLpWaK9rhUbhLi3y27OEeo37vMbenMLVBbFsrHjulynHxz"
    "q3cfxHuIW+pHfQOrBjotHhfNbI1XBW42o4K7sadHmOavRHXJ5jvxmFfVvpTTLpi2X41XrK"
    "ZEh2ZyfrueZdk6Yp8JL4ilSTNG+SeQYGb9Mczey+ktc5kXCDDnBtnvw6VGRrsl/3XEPmzu"
    "Zeo0v440Bm3F1dndSad8U4wCEe2KyjPEDLTaOcaoJYANvGQhROToQZsgOGHskSPpnBAhBf"
    "DK5oG68+j+gN76LQZbyBe2TEZQijKcE+8dETDXkVGtHqXVTqxvBNMSNxn3fe9Z3x1u5vgc"
    "QhmNf45qsR9afH9y4XAX4WTwC71F9yw6xLAwTPRcgCYRfeAp5mG7oOYVFnev7siBGQjoJk"
    "xoBSdDgn8Obcu9/g9L+9gA17efP+Cnbt5e3V3QS+lxcgGgbMBuLscx69QHeiwz1vQ2/zO2"
    "Bev3HKgzuSh5nCtAly+AH27jv42jbgEIhU4AU8A5C45Jl/UW1P7qE9ObOhVdSdAtno7Mpb"
    "KAoj3ttW6k6BVNtr+myvEfxRTRTPkmhRXBIOkL4A06Wi3lim1NVoatUcsRc7EMdXQt9FMu"
    "PANnFTsTz79lYUIa/Yy11oPc1rZ/Zz966Ft/wG96rSe3Gf1+o/6avQSAky0nexSayLkMWQ"
    "H7qIzoQmwEQEimgFJOZEHnzhSD7negOI6LB1PIZEnDaoEQnQglgW7LKFO2htoF/aAF/AVA"
    "Fv7PrIEo2whmH36SwmDWXqVuX2Tcdr6VAiHfJWFCr7NRk/Oi/dVvLaEl+bTFypqUmToxoh"
    "U+jeQKDdoetkxVHYB7h01GqVc4TaBtS3NVaIss8KApYsufIiJvvtH7fESeuCrlO0h/til5"
    "TAP7evsl25gb88qFTXosuTBqoaSUc2clgt6BPoQKBIgRIVzcCiPgbc9/KMHVBs0RQ7XO1H"
    "eBYQH/Qoucuq9Uxa6+qX1gU7K8AKuKbjtTogUQfiLW+ILa9khS/QaXQl6D7C91BRBJLxI1"
    "QBthC3v+CKvmLBpjyRrtZU3LFRQJIbLqYydlCTclKga7WDeyZkb3sD80RCKtm8Nb1PUgpt"
    "jmlijgH5UrFBZ0IwQg78726E2akQPN6Q9EhXUovZyNFoSXF9/HQEWAcu70g//5ZONzCYm/"
    "q9cxushy7vaxocVFpP+MVJA9uJE49b3/Emtm9EQai+bz+J4NbIgIEOsXA9T0T1BR6/i9GD"
    "j93gSEShkh+e7ZN0tKThTceTa/tKv+wrYrmICrIZCs3bpQF5C5ib37E5pjkajaoE1YiXyN"
    "t/1AufeUrtHOqbcyhXXYSGvqlWXiSlGKEO170RYlg63G6h10qcVuLWHUlaieuJErfCPWSb"
    "hgmItOMI9a9siKxrj6ECn2Gug0pdV1ydNFB2vWRgk2huGMv9+p5PPGxb6Blz/33i5U/Crj"
    "2fWqEZoEPy4uEFOn6J/gMdoyl1Q3YkDeDuZFKt3fZLu1UN1+42UrtHOZvdx2mzx1BJTo+G"
    "j1BI7x7a/vcgHrAXK2bpCsw2Q6HlYFlQET//FPBMx+t4jFJtb15QQjHGJUejN6gE1Sfs2L"
    "zxqaybbSWseaId1vt/3ed66YVwC/tJclBdUOoQ7FaGXMREBUinQLUtTBO5a7fW14ubm+uc"
    "gejiw13hnPr68eLq9vBYHF+rLiH9Kk2ftUZUKnora8VaVW9lJ2mi7JlxEvdPrEoZe4e+x+"
    "Gp36NSPASxcMF1udCNbP8WcmjAZFpfx7NL1L/fD8xMGjqXgv/QGuEeNUKttmxNbYnfExVJ"
    "cEWhZcHi8ZrwDdVqoHkyXQ603mqf5c4b2u0V6o30FNr1ZRbzm2sDqz3PDLO7ye9L09FGAn"
    "qOC3DZoguQ4qizsUC0TYn3nIBGLa1WE1+plXLxasw68bYaBu1H6JfU+ER8Zqslb2RIRig9"
    "npydNcnfODurzt/g1woGBXipFBCOh48Q3a10L4Y7BkRWWufvX24+VbnDUpJiwI9tBuh/kW"
    "OzAR8rMnA5GDmjTYLp4cfzfxbhvry+uSiKnHyCi32bb/78P9YZ290="
)
