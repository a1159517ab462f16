from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "campaign" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "audience" VARCHAR(16) NOT NULL,
    "sku" VARCHAR(32),
    "buy_quantity" INT,
    "free_quantity" INT,
    "amount_fen" INT,
    "min_goods_fen" INT NOT NULL,
    "valid_days" INT NOT NULL,
    "max_issues" INT,
    "issued" INT NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "active" BOOL NOT NULL,
    "ended_at" TIMESTAMPTZ,
    "note" VARCHAR(200) NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "campaign" IS 'A promotion: buy N get M free, or a coupon of fixed fen off, for an audience and a period.';
        CREATE TABLE IF NOT EXISTS "order_campaign" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "discount_fen" INT NOT NULL,
    "free_goods_fen" INT NOT NULL,
    "free_quantity" INT NOT NULL,
    "campaign_id" INT NOT NULL REFERENCES "campaign" ("id") ON DELETE RESTRICT,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_order_campa_order_i_cb9f80" UNIQUE ("order_id", "campaign_id")
);
COMMENT ON TABLE "order_campaign" IS 'What a campaign gave one order: money off and the list value of free goods (its cost).';
        CREATE TABLE IF NOT EXISTS "promo_code" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "max_uses" INT,
    "uses" INT NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "campaign_id" INT NOT NULL REFERENCES "campaign" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "promo_code" IS 'A code customers type to claim a coupon; stored upper-case so matching ignores case.';
        CREATE TABLE IF NOT EXISTS "coupon" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "amount_fen" INT NOT NULL,
    "min_goods_fen" INT NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "issued_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "campaign_id" INT NOT NULL REFERENCES "campaign" ("id") ON DELETE RESTRICT,
    "customer_id" UUID NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "order_id" INT REFERENCES "order" ("id") ON DELETE SET NULL,
    "promo_code_id" INT REFERENCES "promo_code" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_coupon_campaig_539736" UNIQUE ("campaign_id", "customer_id")
);
COMMENT ON TABLE "coupon" IS 'A coupon issued to one customer from one campaign (at most one each), used by one order.';
        ALTER TABLE "order" ADD "discount_fen" INT NOT NULL DEFAULT 0;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "order" DROP COLUMN "discount_fen";
        DROP TABLE IF EXISTS "order_campaign";
        DROP TABLE IF EXISTS "coupon";
        DROP TABLE IF EXISTS "promo_code";
        DROP TABLE IF EXISTS "campaign";"""


MODELS_STATE = (
    "eJztXXtz2za2/yoY/1N7rpqJHTttk52dsR1317tOnHGcm73bdFiIhCxekwRLkHY0e/vdLw"
    "74EB8gRUiURLLodBxbxAGpH8CD8z7/OXCpRRz24tw0CWP39JF4B2/Qfw487BL+i+zyBB1g"
    "319ehA9CPHXEeCwGGmE2csrCAJshvzbDDiP8I4swM7D90KZwq4Nz9IVcznGIYlIkSBGb44"
    "BYaLpA5IkEC+QHFK6+gDktavJJbe9hPfLIs3+PCH/EBxLOScAn+eVX/rHtWeQbYemf/qMx"
    "s4ljFdB4JAuYQVwwwoUvPuR3D34WQ+HZpoZJncj1csP9RTinXjaePzt8+kA8EuCQWDlovM"
    "hxEiTTj+Kn5R+EQUSyx7SWH1hkhiMHAAbq+BGWnx0Yxofbe+PT1b1hHFTATylygCYfmdSD"
    "hbO9kAkEXPzNcIj3EM75n69P/4jvswQiHgU3/O/zu8u/n98dvj49ghtSvvrx1viQXDkRl/"
    "4QU+AQx5MI3JdAZ/unLdQZQTdgpx8s0V7u3t3D/fJlG7xfvqwHHK4B4kuEyTffDggzcFiF"
    "+WeH4lCOc5GsBPYM6AYIdwO6724/X9xcoY93V5fXn65vP8Bd3AX73VlehI/4B3YoMLi7Or"
    "/hUAMLmT3m9jZ8MMXm4zMOLKNyhZ7QurHVS+6JW/4Ee/hB4AZfEL5Oyrcti68Wk7L05FIz"
    "O88NasHJOb0t+G1C9xZRjyCfBMiMWEhd/ovNWfScoGQNZfx8vUk24Oq2VX0FPn++fid/A+"
    "LRpZ0fRbb1Ami2w9kP/jKLPBNwRuJO8OP0rwe7fx0Ep3n1WjAan7LwIRAXBVwrWDr/+sRR"
    "YekZwe5Y+sHX6Gw6fb0tYIts/fh1C65+/LqWqcOlIk8PyTcJN284NJPxIzwzT1qdmScNZ+"
    "ZJ9cw0qevyrxsqCYEFoh1u5d1s4q5EwSXI08h2LHgABYzzNKODuHs+AdtRBd50vIZ2JbQB"
    "pa4KtOl4De1KaLl2QYMqttdejaqSjS9hy5+3BbaJDNab0+0BHuL7k+PTH05/fPX69Ec+RD"
    "xn9skPDXhff7gvgTnHzHDsmYQNXFDqEOzJMc2TlWCdcrpt7dlUIN6tsHtxe3sj9D2W6HsX"
    "1/el7fr5/cUV38ZHRR2wCreDQzuMLKKka+eJ1tS0e7aLt6BoF1Cm3sMaMOepNM4tcLZZ9s"
    "hq7KNIuEMGkn0yWA5iBgQwkdrr3vEroe2SGgWkQFkC3UpIX6S/DFHz41/QuvWcRfIiNizI"
    "/fX7q0/35+8/Flbl3fn9FVw5Kb4MyaeHZSElmwR9ub7/O4I/0b9vP1yVjSLZuPt/H8Az4S"
    "ikhkefDWzlrDzppylqxVVPLF6Gmo2qRNalsaq/nG2Fbapika2iLDk2aEDsB++fZCGAvubP"
    "gj1TdlIkVtXL3FTDhHb56XKPBvg5s5uWNxfHgH9zEvOty/NPl+fvrg7+2JO52yFB+ImIR6"
    "8avLOLk0aTNwwzWDpupdX71iNI0CA8pVEojNXhnAONDrGHaGCRYIIwp7adKCBHb4XlOl5z"
    "9EgWqS2b39D6nvK9hR4ijkPVML7F+0hs578cPPJtCBcDMjv4dRNTeq2CJmVOEu0s2YT9dY"
    "52opvVW87TlWjtdk7Gj9Gs28bceFJvbjypmBtheytgmwwfIbTdW3IFTzK8yJ3KjtZ6jMt0"
    "a4HdM41s63ZHYtq+TeBu7RlwkWgtM9lae/plrxnxElQQAtZQuHJkI9S2BqJdpZhU1Ku+RG"
    "b4dn20XXqtWVD1bbU4uynBAQmSCLkZDYQ8iC3X9tD5x2v0bIdzLkAG1CGx8BgPtENGnBmI"
    "jx7E0iEu/AdEIp9uYX4d09EDvblJMhX/Kpzs6fgRik+nbeINTuvDDU4r0Qbwoqi5Ep2xgr"
    "uFUBngPcYcs7kKxEUqHde7UgVIbc9TtZCZAtUI9/P2gNbugdEJrG2jtpuXuTFwe51l7pmC"
    "PaZVDsgTP2jWeZmLlHqV+7bKfVE+I8sOb+jDgUz5TK9NGpVPGGU4ybCVyueXOUXmHHv8ad"
    "DzHIeTWBsUDomQ7z6uO3KFkWuLnoXwLCRBVb9cb4qOVUjty9jQl8F3iSyIr14WzAi0GNhC"
    "DMTCoKCIb0KxLYD3p8+c/thGJ/+xXif/sZI154WK4f9LihFu4FcnLQB+dVILMFySASwNd1"
    "mFsTzYZQwwbyHJQpyVVYz/8en2Q02KRUZRliptM0T/hxybjStQEqAoiJIpnofvz/9Vhvry"
    "5vaiLCPCBBdl/gyCiQrsGYFGfX3Uh2Uc2el5Oa7QyZ6oVxfYgSjBc9OkkTwWrTRi0qRqTe"
    "OxBs4NbuHtS8P0vmOJSw09YSciyPbQjHgy/10LCq1O9UudSvfGTFYtoxbdEpUO/KgE2/cu"
    "7Hqvu7jDoOt6hlzQAQKbSAKZLhLCn/95RyA5Sqq3FjnsFZ9rMUAFoC4Y+4/qudUmjv3WI/"
    "eU/9hBFHsfdupGMex3XPK4u768LwWxdyERxLuxXh7IdutqaYBkQ1tFqLv0ibicBtFZ8XDP"
    "jKjJxLHtFNmS0iwbzKPlhn7JDXxbwRUlqaFAszuZofcoV6UxsfXXlMkKtBplCco6HWKLcV"
    "E6Zn+XMfuYqTlrlhSjqxeylYJN2tuog850TnrHOemJHVJqG6kVb4pEWq5J5JqGpPScubeI"
    "sXJOetXYPDCk22r1xU3WRqnfnUsgMh9J2OQRKAyYNJoAxFA1f0A8PUN4WUR1TvmDT/g/z4"
    "g/9gI0eq6bu8jEARRfRT62LWQRzj3scCLCqkKos518UjUPbOcW2nLQL8vBPAGvJazpcO1j"
    "KKuxsPeN+FVWydktk2lgy8Am3EPZulWg0rBqn9j4fGKCbWiXmHaJ9cElltuMtfJwG4dYLA"
    "1v4A9LTlNEg6UsmrmzEilbwS2mPp2Wcfsn4xrC3aUo6S6JtIVDVnQYBtWEwDbjWhcGq3HN"
    "y67reXUltFr6rYN4HdeulFZv5BU6sTKjkBNrnLULXbvQx4q1dqFrF7p2oVfB1i70N9qFPo"
    "AlHowLveydHRjQI/CgX2KXS/gP0oKZ2bVJk6XQzI9qkUHnB9Sl8OcbNI0W6AN6ICF6j2YB"
    "4cNpAI5uGvnUA6PfzOarCmly/I/ZRFS/xB6CKilEBMNDURLoYWpTaenMbd5KWxf7ZV3URT"
    "O3KE9pzXaL2lbKY5TUgRzNDjUuKCW8oB7ZjebVPdTsMVJBORk+PpNB9xVm+Plq/B7hmkI+"
    "9fk5JTLdVLJqVgRxZR1sK3Qa3Cq42BWSuZrroUikYa3C6tqe8UCpxRSRrdBpn1kZ2ifs2J"
    "Zh4YVKfGORaHegvhoKqnA82oxFsmCw+t1aINJ8oAqrQEdJ3c0I9JtfaZwT4iBcp0p1gXCE"
    "Nu2B2LBTTJprkXvWWoXIl2R6gXu9wFAa9kmi7De2eF4S6f7w7bs785diLSdgnk5Xe+/zy+"
    "TRUM3qm4zXUQptohR0nxkdr7Bv6IfOrdbKS4rdkhvmJV2KSYa75NWUpGo8YMQ2zd66hXny"
    "nu4xgmXy77ohTh/Bl37Jfx8TRluNrOD/fCKcP0sLE+SuThqjK/hHBlsOXBlgcT+H0sJc43"
    "fiFf2OIZgDmtVPkIv5b6JN/fOceOgLZ4p3Fxzgy9t3Vxzly7ure9EylIaIEUlSVteT6yCK"
    "fgVRiKKTKrJeRqDFPC3m6bDUdaS+7Z5Bru8kB57kCEovrjiB8sPUSuRntBNEfX4mRF5oO9"
    "BYbDZDpkMZkab+rjeFPkv6dZaE5JuEzd3zT+W4puNHcZI0sa+rf90XOFelF0vGvW5uP/wt"
    "HV5u0KKzo/YWRBbiMJJoUw1xZBnFzrrBHQCz3I3p8bhNMNlxfTDZcSWYjJ+9HDt5z716Bl"
    "KkGoGFd9dMRIunfxbxtN8VqPp7dqvWoGpTMUk5a2qTmkn9gHYbVZN2qFN5TyRgOPnuErUq"
    "d33SrFmVRrZRruY4FJ3E+KK/QRjBzS3+J/En/C/mYsdBVoBnochYEoY4O0QO9hlhUk1r0/"
    "kkatcvB9BR2iMiMCFi8TL+qpWxPSpjuQVp7cZdkoxCJSsKrW16GNe3MK50ME53uQK+OZIR"
    "4tu98VSwKFWta9fBHrbl7Cg5qvsUHsHmqwDXd9HNCDbqorse0H+ZRZ7osY6mke2EtsdewG"
    "3/ugddbCvNdck33+aX1wleK1Dq8LW+BYQUjg3fWlPjLlJqjbvHy55FGvTCISRigqRqSxot"
    "1KSwZGPaqCpxbYU4owOFFFGPLJsYzALqxp8ksTfoEIfI5UiLTwk250cTxIUkC00X4iNhq5"
    "bqMFu7kVy5yQULZWq9Vm/2qd7sK4uzd0xTp3EOJZmrRwJe33bxcI/6qoTXR2ehTG/N0i6H"
    "6JGNn36NV6lAqN+kXr9JIKGtoygxnco1iPVNxWq18o0lKi3FDaLHUH9fmxUe3mrMldJuzZ"
    "PochGSSvWQZGKInAclXCt0GtyVZVzzZoxNIxLGlz41KUckFM+ZmogEGdftAl8d8VHFd/nO"
    "d4CwSnZbz9hEW4QrPLIFxuK86gDe23SecUKbP9YLqPIHQB8+39zsL1YpCmxht5bZ+8WlyQ"
    "qDfzaohcWf09tQIRQldCgA6zpMhmwPfSGX1JXZ79uSdZzhUS/57qOpZs6jLe4EP0734c5e"
    "KQHXm+GfiUldyMkO1EJhynTdGL726/HYcjSMLne9RXD9eVLjuC26GcEIsg7KdWVagHvSVF"
    "WmDC6/u2+Y2MemWjnbCt3ubD3HQ3Eq6dpiO6stxnFic1sWMNcIdp5Mw90ebt8mJjEAFkVX"
    "dJVQ+6KllqF6DaWkD3ZRcGc8umDZ2zubbQbPp3SKEcITYvbIj/DA2nAL3fN5LvnYAYqutT"
    "ht1QyQ2g9ldoCcbbHBEJAf1cISMKdcm5tTx4I2S3Q2s02CwjkO49g6hp75igVvkW0xhAOC"
    "QLdkiFFo5r5AJvagSNCUoIeIMEakvZ22cAdtX+i5fcH1DUhrVzMuFIg6qW8wasMC/5ZUEe"
    "EcyZbqR4wJ4P5bbnZkWhi83abP+3YLdhv8IBHb6rPD0vH9SA6D+40mOQyqWEvWor40SkYw"
    "Aiay66ooAXHhewZciggNGqkafGTkOzT8ZJ8M1vLDoik83ZRIZJJG5IuE2timALlJ1M7RjG"
    "B89cO6l1IczELD5WonV9bXCGiWkOvA5j4HNgdkZjuOUVO/oF6AKtNtJEgNZ323IjElWFrR"
    "Om9chXgn79sudYcxvW66il39yTbMnPoOiiznXOSWFYDJd0MXxHk8zQA3QStPTVZ1eeMeJL"
    "ni0eMESndqWQGRSywbbwhQ4n56n041Rpx26VwfJEA+B8Lwo8Cc443590c+9mMy1VjxCohF"
    "iGvMsO1EwaaA3YnJfo7nGi9isbFuY6ziacYLUxgFnhEQ/shsUxHhTkx2F881VsQYCZ5skx"
    "gOfdgMrU/xRDfxPGOEKuZaXA3roGnZvW0+knBceV1Fp5z4gsYzdhyy6YsYg/VFTDWmzaUU"
    "WbWEdoodSGozsGlCnah6bG89ck/5j9UIX8RTni9nHOGWnEZiS3YJm5hxfKitGcUXK0ENoX"
    "yZlrQ6ns/IlLM2UX2+bfKzmiC8rK7HiBe+QX5A6Qzx//EymY8GiDzZFoGGgDP+B162cpLF"
    "83U6t+4F1a/6fGKXKdbHztOMMGvt+KRNCXI+qqFvTqUMOX+JjChQKvOeIxlBcEgR47NWTd"
    "HPGpqin1WbovtR4FOmFma2JNkhximH3A3W3Vd1046ceujH5cjRxap0O6I+SeYTheI0l+ef"
    "Ls/fXe2rwsc7bDuLS1CM5Ok9heuNKoEFIw0zN7SNRkCC7y284KI6X1CQxg+FFwPFHSXZ0V"
    "s0jVyfWOjZDucIewhzIG0TRT4jgVwP2HzGDaT//Qbn9yixpKv2Isq9xmt1rbpW4zp/d58N"
    "Ba4t4vo05G/q4o6Y/FWVMaHqoEZOZC+HG8Fy/Ep2dD8niJ+AfKlic0HEoOg//xGBMwaMBG"
    "DbhKbSj2QxgWRAzMeHUHhojr0HwpBHwzlfuCpf6nbqDRgUn16FPyXDR8eeOtSeG7oKmPIW"
    "tPVwLylGaLE4bQP5aT3ipxVzRfxGVQFuiolNKXafVjSicFitWtfv+XGp1j0RE/5Bp3eRtO"
    "9QcqVRIPhfOjWCqHXjIWbOiRU5XEfghPxI5ltLHNvPNHhElujwA4oFNgPKGIIOp35ATREU"
    "ig7Ji4cXogsQV0I4bUB8GoRHMk1lW7eRNh1KFQ040HWvoX36Mvqfvz04JbEf4u3IodVnvj"
    "7zd3rmx7HIkiM/C1KuP/GzwtOrz/tbOESXgQEWVP35LbYW/oZsBgV/kB9NHdtE/8P/e//+"
    "3bsPHz7wE3dGAjAwVo/2TmbUIQg9O7bF+ikd3BnF+MwnnTtr8TIfqq0unyPRyvwGyvwz/5"
    "78TGAhDpSP9jLtCA/3gRzmKSaNzvFkuYgnOSFaLXRCqZe518vs44VLPKjywJdJKWiuSjlC"
    "3aj70yuFTb1bZ5VyhxFekedje7BdO2sKYjR3Rt2qKaVaNNPnDBMw2gnEJ21KzZzUl5o5qZ"
    "SaWad3s+7b3FhiP1UMOUKqpchlpBrgMsAzh9JgDXQrdBra6t7lkoodKm/bApWGtdq1ksA5"
    "rNqYoEilYS3DGuc2MugLpWIQK5NpYCtswGYizFOVD5TINLBlYKHMqpKFkW5Xnt1b4s1Jq8"
    "Sbk4bEm5Nq4g2jUWCqKQwZxQ4RNuexn2yIKlmcu8uMRFJV4rtSWt2HucoliMsfgTCAziFm"
    "qASylFaDLOl5j9l8iZLiSScn1jDXaxSc6QUPyjjXUGugJft5UNEbO/Vsjit4o9CLxbfWXP"
    "Qi5QjdPQNddYn7p1JAJROg1lj3Mq2uDN6fha6+30m/c9VU5wLVBpnOw1nZlT3DdP74FmDV"
    "+eM7yB+/41zk7vry/kDGGbqAdznTINnBanAL7LCALX8E9OHzzU1Tcv6+SjkPBO2SUu36mO"
    "8+sK13Uaj4MplvRK9+0dLzRDauoC6AuoKJxoqSY3ud7KYb2xuiJtMKo6TOZ0fvXVzp8/N4"
    "K1/rRtP7aTRd5Op1qR95tr8iBcQw82NX5oJ8gQbQUIwhJkIP+ImILEsx2Rvk8t8X0C0aYc"
    "8SeRwQY45EaRFI3ZwFhCARAIUO7ZAhkwvFktzP7d1GmvuZJcNkYOgM0H2mkmj/+bZCv/h7"
    "YawTs1gl1OBKwf09wl5oh5Ik22Zs83Qa2qqzMdGLlNhtiWp3sPae9ZZ64qjBmifRmNZVCy"
    "tB3IGhaWythyYlO1N+X8krQMpYQhcWvPFZScrYllhhjYF0j2nssQGmTqHJzDOrtBmSDWyV"
    "1i4SXjhg2GO2aGcPtee8VMt4nhNvwn9SoWU8zxfyTPZ1JtHJ6/3SOGYBdesaCNeHPxapxt"
    "eau/t8qZCqo5ynGWGyZfcgc7ZHlQoxZAQjhLf79vIBwUytauWSQgeitwlEVw/LGW0Y1pii"
    "cbSuqXXNnuhDq3XNPepCws9apwqlTthVmpCTjmvTZCCgVmSGQkNJDZGIKzKpFjPhI2wTWg"
    "JwZQb5Dua/S1sLrDuPVof6pQ6xx0hFvkmGj1B67L5KpK5uukXRfA3vy34cL73nDbkcCc8O"
    "DcG3FX2GVUKNb0OGF8HmfM30rjypdh6WAbaZEafOVpG9oNQh2KsRFvJ0JVinnHBbuKaCxG"
    "61yYvb25uCInlxfV9ivJ/fX1zdHR4LfswH2bHErH2KWs/Tet46et4ySrRO2SvEka7S+JYh"
    "rO30vnhylmlnKKT0EYFPQ4TaOTRM+iyZsIccaLcUBZ6ozuzysSLsjvGHhpGShk5dz651xH"
    "7piDXd5+ujcdLxmr9Lzky+y9VOzCWBxlPLIFoGGbIMUmIEHWAan743dIjbti2uSw7Yr3Cm"
    "KJzSb+8JY/hBLtkVBjQLdmKo4ebGtjDnJ8NBimLEsyboObDDkHjI9pZilYhXitspIhy33I"
    "g7afJfccilMijvh2xpC+Hub6CFu54Jd3ylPOKoGKpzJCO0VbdpzVnfmVPSmNO0fZvIBOim"
    "MJIc0c5KdA/YHfBoy/o4NHQ7s6XdG8awf7uPMvPxwqFYgm99Q5ociW5Is0FDGvUuCtvvnr"
    "Dn0v7HbRy1x/WO2uOKoxZzicb1ZdUFaqWLPIn2w1SK95JvoZFAtEblLQn5+GrtjSncz8Es"
    "NEgQqMUiF6l0vGybeNlh1a7crRQ0zDKGbYpXMmiLpL7kOTJdvLBv/LNibt2PDesjn+VjFH"
    "CVXu6cLFyfNFmwfD7S8PNDWxiwYk8mAtrYeQiGIg/MR+EEQU8PCCrNGshGXmg7/BOIeEVJ"
    "uzBEvnFVgsmMV91Org1X/TJcif1m8n2oInMUiEao/HcfxbpOPKAOBVylIWm9fgd6vRaW/4"
    "zCsq5arKsW7xjajqoW70kDCKhJGCNWgyO7MqZZE0hHq7qzTew48KXQHHuWQ0A+N8kb9IVc"
    "gh85IHwxCBPBhOBjfiQLZDMU74WsPGBAfEd8/kh8qUt7OzfZQDvgt1ByXRFZBsuaUsB+NY"
    "RSC6429jI+qqEJV2Iv097ufXm7+yjXSizACYcasGwrOJCKRzYj2MgfOxwj4FbcscPSKHTr"
    "qLUVir5YZ+M0+xqRTFxaJYllgxSqA7DInEMkH0bHP6EbFOfGQbGzr9HZ8U8m//nTyZT/NH"
    "84/hq9Ns2fmkoErDeZtrb2y9q6zzoBPRJSdZWAQYUFYsfG0j4P9XJSjmT3kWsHf5lFXhxI"
    "PY1sJ7Q99gLu99dtiam7FqCgUoDKbk/H71A34IfQjz+83o1e0LH2pX013R2F1bIN61Vs0M"
    "UaamCFhJEnydHXWKlhSaTLNDSXaeiPBuPSS3C4y3WY5OJkhRbj0sxr38qQzMei1OjOEAAL"
    "KUymg20XEtFFZ7m3iF+HmJDI90nwvcmPfbD6ujg053zNkP3g8csMwQWpIXkrN9GKT78UH9"
    "UIk26DS0at+sD08jZstbs2T6J720tKeKnBuRGUo5ZOUnvtVMk3V6TSKnoLFX1YJvW+eDf6"
    "ZENvlSKi+zrtqFaH7paTe3W23i1Ht7xuhHurHVLviEWI+zO2nSiQqpfFAZMmFTMQQ41Zbm"
    "yb7IVgEZe4cCh95DqeYz8S9BDFkQXo0MXOjAYusSZoii0U4gdEAxR5j5xJekJ9PJogPiJu"
    "a0rNRxpJI5a2dZvVquYvhTg/ftD+qpXPXSqfSRIsUaptUCAaoQx6/LpVnFhDmJjuQvLnkD"
    "l1JLiOBO+bwNkQCb7nSrV3xAXwArkolVxbIUXlRrVqy+g7EFxroZQSHc7sgIUgrzgOff4+"
    "8kGWecaPhP96JKQYqClrLjg7gRgi+GNOI0bm1JE0Kun+Fl+9r955ctGOa51lGaTwh88lST"
    "v24JtQGw3K4L5Fh+myT2LSCYICREfLyPK4Qu5XL7sRXPIInzZ9bi7YPdsmKT3fMxcLxSi4"
    "txe5U/4rf2ZmzokVOSSoTV0tSnZiMiOJLBe1kX7VTod9Oh3y69Ha+JgnGqHcd9omP+C0Pj"
    "3gtFJNQ1cN22KEusU5jrpgvaQaX4z0mGRrj6xls8+R6ZIkfV7fPibyjC9BHUJFuFj2KIss"
    "azjoi2Sjq5zVfaSBQzAjhqjwosqxSqSaa/Waaz3avqHetblENroXqvuSsLoi2bhfpMSmAc"
    "KakhBQphvdq9S9EJBU/ldrYJKn0XFwkvpKPW9rO1hJajB9V4cSaJhUGjRcwpFRskZVKUe3"
    "f7t39XLOaVK1jMscye4028GeZqIFUuyJUAK5RLcW0n071La8lxkJQ2ctM1yRUovifRbFdY"
    "B0/Qs2rqIjOnZFx67o2JU1Y1egp/Ad4Xgyabmc4oBJcxQLDDWC3Ng2KacJOAgziNENadLn"
    "OCl4w97GsSI28yH1k4+DfnoMMU4D4RyQOEodh5ih6IsszTft/g462bRfcR/JSiogm6PQdq"
    "Ch1tmmfuzJG6LCp8VTLZ5q8VSLp/0WT/ddZPsTCZ5sk9zQB5lwmrvaKJmyeJzhJANbiKXL"
    "IGePhgQdfo1+tKwZ/zmzpvzndPrya3Q2Ozs7yjo7TxeIb6bZDOEpjUIoZJLgKpNJu55eC6"
    "T9Ekj5ITBX6+q3pBhhlGz35Q9C8k0iON3zT+XwpuNHAW6TQHT1r/uCLFSpPpjJQze3H/6W"
    "Di+XJNSyqpZVtayqZdUhyap7NqV+AulMKqWKC80CajakhWj6hVxSF0VcqEXPdjjnomBAHf"
    "IG0WcPEuVyhkwaQDW9wJbLoGvP07GwWc9Kuucgq4XOXClhcSf4cbqPOsIrWEqT9PlMTOpC"
    "vbdAhne9DFqmG10tvu7lUF2GfIvgAj9SATcdP0Jwu4+CSTi6qnRXoNqANffMgbId2S4Gqw"
    "vRbjnTIHFdLdgV9lVBruOPgD58vrnZo2CXfGuZaJcWJmsU7rJBK8W7+zlBCcF3DEQxBDFn"
    "HGGGDsEbHdDnozdQVyFgE4S58il660ExeqhpFUQOkbT07mpSbWXsl5Wx/8IHdIUwX51+jX"
    "7A1k+7cdV2L4ZA9cEwkpWz/tmhuGYP54lKeM+AarCsXAbru9vPFzdX6OPd1eX1p+uk/0lm"
    "yxIX4aNlrf27q/ObMsrUe1gD5jyVxrkFzhA0waSm3IYo8xzNDpnHyx/fvHy5G65x1oJpnN"
    "XyjLNqhjplRBXlAtEOYT45HjTMlvFMyKOFF0r9qiSkum9Vs+doncafMcrg4FlndTI6vTTd"
    "Lw11XWgTZiuuTJFML0znCxNgy46Y4SooTHkSHc5aDWd1bc+IM+XUmpFV6HQebrXLW1zFkS"
    "Ok2kJPRqoBLgPMtRgarIFuhU5DW4E2AHQAJ5XUgRLV7mA97jGsFSv4fmy195g9XvJZDiTG"
    "2uzapMlaG/JRhpkOa9PMgBMgIIC8oRDShXDqLRdFZ7GHxBHyFv0m5rat36BIrfC+f5fWsY"
    "0nsCWleLu+ARTiBVswOPq5Vo8OYdKjCcKmSaD4PcSivn6Fz75GZ6/OzviFWBRHhxZYiiFQ"
    "gN8nSe3/DTGuOqE5fX6Dsgo2k68etIOAtgpcyEkK6oo/MGP2gwe/m+DtcPjHR9qu3EO7cr"
    "KNVGwXOZLRRQ0cn7TpN8xHNaT/VHoOi3dQBeGMYJT5VX+SgiUSdXaoAKcHxhpRwSVSXUej"
    "13U0YlPcGrHfeUK9xn1eY39O+VWXWDZWPPerlONjnds4/mPcokBSV3cV2AnR6HA+e9mmUQ"
    "EfVe8fellpVaBTV+rRH3Hqyn5jG/u20ptEmZdL1KnVW82R6Ca0q5vQCryq+CqHi96m8wwM"
    "3rbRovl9Jc8BknCDDnBtH4Y7VGQb4nD3nF91b0PFnkv+x4HMuLu8Omk074pxhpkObNdtjU"
    "MLplGgmiAW8m1jIcpPToQZskOGHsmCfzLjC0ACMbimpZr6PKJvmocij0Fzs9iIyxBGU4ID"
    "EqAnGkGGlmiDJqpYYf5NMSNJDzToiMag7dkbTuIQDPWvYDXi3m34qwciwPfiCfguDRZgmP"
    "VoiOK2vgh7/C2AEODIcwiLu7bBsyNGuHQUpjOGlKLDOeFvzlfvCz/97y74hr28fXfFd+3l"
    "3dX9hH8vP0Q0CpnNifPPefQC3Yvub9CiTfSFw1DbYAqJZ+nDTPm0KXL4ge/dt/xr2xyHUI"
    "Qpu/wZOIlHnuGLantyD+3JuQ2tou6UyEZnV95CwpR4b9dSd0qk2l7TZ3uN4I9qonieRIvi"
    "kmCA7AWYLhT1xiqlzotrVHPEXuxAHF8KfRfpjAPbxG3F8vzbW1Ogq2Yvd6H1tK8r0c/dux"
    "Le6hvcqypo5X3eqP9kr0IrJcjI3sU2sS5CFkNB5EGzZCBnWV/leE7k8y8cy+egN3ARnW8d"
    "nyEiGj1HXgq0IJYFu2zhDlob6Jc2AAuYKeCtXR95ohHm93ffccikkUzdqt2+2XgtHUqkQy"
    "jTqLJf0/Gj89KdtPLSnTR46U7qvXQycaUhX65ANUKm0L2BQLtDV8mKo7APgHS01ioXCLUN"
    "qG9rrBBlnxcELFmK30VC9vM/74iTVShZpWgP98WuKIF/bF9lu/LCYHFQq67FlyctVDWSjW"
    "zlsHLpE4Eeh6BExTOwuMYf+F6escMVWzTFDqj9CM9CEnA9Su6yWnsmrXX1S+viOyvECrhm"
    "47U6IFEHki1viC2vZIUv0Wl0Jeg+8u+hogik40eoAmwhbt8FRV8xmbRIpDNJyztWt2/d3Q"
    "aGREIq2bwNdUEzCm2OaWOO4fKlYvOKlGCEHPjPboTZqRA83pD0WFdSi9ko0GhJcXX8dAxY"
    "By7vWD//kk03MJjb+r0LG6yHLu8bGh7UWk/g4qSF7cShLZvR3if2jTgINQjsJxHcGhsw0C"
    "EWrueJqL4A8bsYPQTYC49EFCr55tsByUZLavB2PLm2r/TLviKWi6ggm6PQvF0akOfyueGO"
    "7TEt0GhUJajGvERemrRZ+CxSaudQ35xDheoiNApMtfIiGcUIdbgtdM8YlA63W+i1EqeVuF"
    "VHklbieqLELXGP2KZhAiLtOEb9Mxsi69pjqMBHPtdBra4rrk5aKLt+OrBNNDcfC359PyA+"
    "ti30jMF/n3r507BrP6BWZIbokLx4eIGOX6L/QsdoSr2IHUkDuDuZVGu3/dJuVcO1u43U7l"
    "HOZvdx2uwxUpLT4+EjFNK7h7b//ZEG7MVKWLoCs81RaDlYFlQE558Cntl4HY9RhlIUlFCM"
    "cSnQ6A0qQfUJOzY0ZZF12qmFtUi0O1xfvT4bCKxcTLefJAfVBaUOwV5tyEVCVIJ0yqm2hW"
    "kqd+3W+npxe3tTMBBdXN+XzqnP7y+u7g6PxfG17H7Wr9L0eWtEraK3tFasVPWWdpI2yp6Z"
    "JHF/x+qUsbfotyQ89be4FA9BLHJBl4u82PZvIYeGkv6inc8uUf9+OTBzaeggBf+qNcI9ao"
    "Rabdma2pK8JyqS4JJCy4Ll4zXlG6rVQItkuhzoil7nOe68od1eod5IT6FdXWaxuLk2sNpD"
    "Zpi0hZ96fl+WjjYS0AtcAGSLLkBKos7GAtE2Jd5zwjVqabWa5EqjlIuXY1aJt/UwaD9Cv6"
    "TGJxIwWy15I0cyQunx5KxNS2Q+qj5/46zSFhleKgWEk+EjRPe4VXbMcUN2zLGkWAn1QiIr"
    "rdPUNDcj2X3D3P1Ikp21xt2r+eaP/wdxl3fh"
)
