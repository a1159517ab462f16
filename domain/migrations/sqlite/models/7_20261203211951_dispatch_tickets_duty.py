from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "dispatch_plan" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "day" DATE NOT NULL,
    "trigger" VARCHAR(16) NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "meters" INT NOT NULL,
    "late" INT NOT NULL,
    "seconds_to_solve" REAL NOT NULL,
    "figures" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* A solved plan for one station day; the newest of a day is the current one. */;
CREATE INDEX IF NOT EXISTS "idx_dispatch_pl_day_75b8d4" ON "dispatch_plan" ("day");
        CREATE TABLE IF NOT EXISTS "plan_stop" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "sequence" INT NOT NULL,
    "trip" INT NOT NULL,
    "arrival" TIMESTAMP,
    "late" INT NOT NULL,
    "placed" INT NOT NULL,
    "dropped" VARCHAR(16) NOT NULL,
    "courier_id" CHAR(36) REFERENCES "courier" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    "plan_id" INT NOT NULL REFERENCES "dispatch_plan" ("id") ON DELETE CASCADE
) /* One order in a plan: its courier, trip and place in the route, or why it was dropped. */;
        ALTER TABLE "courier" ADD "latitude" REAL;
        ALTER TABLE "courier" ADD "shift_ends" VARCHAR(5) NOT NULL DEFAULT '';
        ALTER TABLE "courier" ADD "longitude" REAL;
        ALTER TABLE "courier" ADD "shift_starts" VARCHAR(5) NOT NULL DEFAULT '';
        ALTER TABLE "courier" ADD "located_at" TIMESTAMP;
        ALTER TABLE "order" ADD "tickets_fen" INT NOT NULL DEFAULT 0;
        ALTER TABLE "staff" ADD "on_duty" INT NOT NULL DEFAULT 0;
        ALTER TABLE "station" ADD "service_per_floor_s" INT NOT NULL DEFAULT 40;
        ALTER TABLE "station" ADD "travel_detour" REAL NOT NULL DEFAULT 1.3;
        ALTER TABLE "station" ADD "plan_seconds" INT NOT NULL DEFAULT 5;
        ALTER TABLE "station" ADD "dispatch_every_minutes" INT NOT NULL DEFAULT 30;
        ALTER TABLE "station" ADD "service_per_bucket_s" INT NOT NULL DEFAULT 30;
        ALTER TABLE "station" ADD "service_base_s" INT NOT NULL DEFAULT 120;
        ALTER TABLE "station" ADD "travel_speed_kmh" REAL NOT NULL DEFAULT 20;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "courier" DROP COLUMN "latitude";
        ALTER TABLE "courier" DROP COLUMN "shift_ends";
        ALTER TABLE "courier" DROP COLUMN "longitude";
        ALTER TABLE "courier" DROP COLUMN "shift_starts";
        ALTER TABLE "courier" DROP COLUMN "located_at";
        ALTER TABLE "order" DROP COLUMN "tickets_fen";
        ALTER TABLE "staff" DROP COLUMN "on_duty";
        ALTER TABLE "station" DROP COLUMN "service_per_floor_s";
        ALTER TABLE "station" DROP COLUMN "travel_detour";
        ALTER TABLE "station" DROP COLUMN "plan_seconds";
        ALTER TABLE "station" DROP COLUMN "dispatch_every_minutes";
        ALTER TABLE "station" DROP COLUMN "service_per_bucket_s";
        ALTER TABLE "station" DROP COLUMN "service_base_s";
        ALTER TABLE "station" DROP COLUMN "travel_speed_kmh";
        DROP TABLE IF EXISTS "plan_stop";
        DROP TABLE IF EXISTS "dispatch_plan";"""


MODELS_STATE = (
    "eJztXXtz2ziS/yoo/zNOnSYVO3Ymk2xtle14br3rxCnHuezdeIoDkZDFM0VwCNKOam+++z"
    "XAh/gAKYKiJJKLqSnHFtEg9QPY6Hf/62BBLeKwl2emSRi7o4/EPXiH/nXg4gWBX2SXJ+gA"
    "e97qIv8gwFNHjMdioBGkI6cs8LEZwLUZdhiBjyzCTN/2ApvyWx2coW/kYo4DFJEiQYrYHP"
    "vEQtMlIk/EXyLPp/zqSz6nRU2Y1HYf2pGHrv1HSOARH0gwJz5M8utv8LHtWuQ7Ycmf3qMx"
    "s4lj5dB4JEs+g7hgBEtPfAh3938RQ/mzTQ2TOuHCzQz3lsGcuul4eHb+6QNxiY8DYmWgcU"
    "PHiZFMPoqeFj4I/JCkj2mtPrDIDIcOB5hTR4+w+uzAMD7d3BlfLu8M46AEfkKRATT+yKQu"
    "XzjbDZhAYIG/Gw5xH4I5/Pnm5M/oPisgolH8hv91dnvxt7PbwzcnL/gNKax+tDU+xVeOxa"
    "U/xRQ4wNEkAvcV0On+aQp1StAN2MkHK7RXu3f3cL961QTvV6+qAefXOOIrhMl3z/YJM3BQ"
    "hvkXh+JAjnOerAD2jNMNEO4adD/cfD2/vkSfby8vrr5c3Xzid1ks2R/O6iL/CD6wA4HB7e"
    "XZNUDNWcjsMbO3+QdTbD4+Y98ySlfoMa0aW760OF4UP8EufhC48S/Iv07Cty0LVotJWXp8"
    "qZ6dZwY14ORAbwt+G9O9R9QlyCM+MkMW0AX8YgOLnhMUr6GMn7ebZAOublvlV+Dr16sP8j"
    "cgGl3Y+WFoWy85zXY4+8FfZqFrcpyRuBP/cfLXg92/DoLTvH4jGI1HWfDgi4sCrjUsHb4+"
    "cVRYekqwO5Z+cB+eTqdvtgVsnq0fvWnA1Y/eVDJ1finP0wPyXcLNaw7NePwIz8zjRmfmcc"
    "2ZeVw+M026WMDXDZSEwBzRDrfybjZxV6LgCuRpaDsWfwAFjLM0o4O4ez7Bt6MKvMl4De1a"
    "aH1KFyrQJuM1tGuhBe2C+mVsr9wKVSUdX8AWnrcBtrEM1pvT7YE/xI/HRyc/nbx9/ebkLQ"
    "wRz5l+8lMN3lef7gpgzjEzHHsmYQPnlDoEu3JMs2QFWKdAt609mwjEuxV2z29uroW+x2J9"
    "7/zqrrBdv348v4Rt/CKvA5bhdnBgB6FFlHTtLFFLTbtnu3gLinYOZeo+tIA5S6VxboCzzd"
    "JHVmMfecIdMpD0k8FyENMnHBOpve4DXAnsBalQQHKUBdCtmPRl8ssQNT/4gtaN6yzjF7Fm"
    "Qe6uPl5+uTv7+Dm3Kh/O7i75leP8yxB/elgUUtJJ0Leru78h/if6n5tPl0WjSDru7n8O+D"
    "PhMKCGS58NbGWsPMmnCWr5VY8tXoaajapA1qWxqr+cbY1tqmSRLaMsOTaoT+wH9x9kKYC+"
    "gmfBrik7KWKr6kVmqmFCu/p0tUd9/JzaTYubCzCAb04ivnVx9uXi7MPlwZ97Mnc7xA++EP"
    "HoZYN3enFSa/LmwwyWjFtr9b5xCRI0CE9pGAhjdTAHoNEhdhH1LeJPEAZq2wl98uK9sFxH"
    "a44eyTKxZcMNrR8p7C30EAIOZcP4Fu8jsZ3/evAI25Bf9Mns4LdNTOmVCpqUOUm0s3gT9t"
    "c52oluVm05T1aisds5Hj9Gs24Tc+NxtbnxuGRu5NtbAdt4+Aih7d6SK3iS4YaLqexorca4"
    "SNcK7J5pZFu3OxLT9mzC79acAeeJWpnJWu3pV71mxCtQuRDQQuHKkI1Q2xqIdpVgUlKv+h"
    "KZ4dnV0XbJtXpB1bPV4uymBPvEjyPkZtQX8iC2FraLzj5foWc7mIMA6VOHRMJjNNAOGHFm"
    "XHx0eSwdAuHfJxL5dAvz65iOHujNdZKp+FfhZE/Gj1B8OmkSb3BSHW5wUoo24C+KmivRGS"
    "u4WwiV4bzHmGM2V4E4T6XjeteqAInteaoWMpOjGuF+3h7Q2j0wOoG1adR2/TLXBm63Weae"
    "KdhjWmWfPMFB0+ZlzlPqVe7bKvdF+QwtO7imDwcy5TO5NqlVPvkow4mHrVU+v80pMufYha"
    "dBz3McTCJtUDgkAth9oDuCwgjaomshPAuIX9Yv203RsQqpfRkb+jJgl8iC+KplwZRAi4EN"
    "xEAsDAqK+MYU2wJ4f/rMydsmOvnbap38bSlrzg0Uw/9XFCPcwK+PGwD8+rgSYH5JBrA03G"
    "UdxvJglzHAvIUkC3FWljH++5ebTxUpFilFUaq0zQD9H3JsNq5ASQ5FTpRM8Dz8ePbPItQX"
    "1zfnRRmRT3Be5M9cMFGBPSXQqLdHfVjGkZ2el+MKneyJenWOHR4leGaaNJTHohVGTOpUrW"
    "k01sCZwQ28fUmY3g8sdqmhJ+yEBNkumhFX5r9rQKHVqX6pU8nemMmqZVSiW6DSgR+lYPve"
    "hV3vdRd3GHRdzZBzOoBvE0kg03lM+Ms/bglPjpLqrXkOewlzLQeoAFQFY/9ZPreaxLHfuO"
    "SOwo8dRLH3YaduFMN+C5LH7dXFXSGIvQuJINqN1fJAulvXSwMkHdooQn1Bn8gCaBCd5Q/3"
    "1IgaTxzZTpEtKc2ywTxabuiX3ADbil9RkhpyNLuTGXqPclkaE1u/pUyWo9UoS1DW6RBbjI"
    "vSMfu7jNnHTM1Zs6IYXb2QrRRs0t5GHXSmc9I7zkmP7ZBS20ileJMn0nJNLNfUJKVnzL15"
    "jJVz0svG5oEh3VSrz2+yJkr97lwCoflIgjqPQG7ApNYEIIaq+QOi6RnCqyKqcwoPPoF/nh"
    "E89pJr9KCbL5CJfV58FXnYtpBFgHvYwUSEVQW8znb8Sdk8sJ1baMtBvywH8xi8hrAmw7WP"
    "oajG8r1vRK+ySs5ukUwDWwQ25h7K1q0clYZV+8TG5xMTbEO7xLRLrA8uscxmrJSHmzjEIm"
    "l4A39YfJoi6q9k0dSdFUvZCm4x9em0jNs/GdcQ7i5FSXdFpC0csqLDfFBFCGw9rlVhsBrX"
    "rOzazqsrodXSbxXEbVy7Ulq9kdfoxMqMQk6scdYudO1CHyvW2oWuXejahV4GW7vQ32kX+g"
    "CWeDAu9KJ3dmBAj8CDfoEXIOE/SAtmptcmdZZCMzuqQQad59MF5X++Q9NwiT6hBxKgj2jm"
    "ExhOfe7opqFHXW70m9mwqjxNDv6YTUT1S+wiXiWFiGB4XpSE9zC1qbR05jZvpa2L/bIu6q"
    "KZW5SntGa7RW0r4TFK6kCGZocaFy8lvKQu2Y3m1T3U7DFUQTkePj6TQfcVZuB8Nf4IcUUh"
    "n+r8nAKZbipZNitycaUNtiU6DW4ZXLwQkrma6yFPpGEtw7qwXeOBUospIlui0z6zIrRP2L"
    "Etw8JLlfjGPNHuQH09FFT58WgzFsqCwap3a45I84EyrAIdJXU3JdBvfqlxToD9oE2V6hzh"
    "CG3aA7FhJ5jU1yJ3rVaFyFdkeoF7vcC8NOyTRNmvbfG8ItL94Zt3d4aXopUTMEunq733+W"
    "VyaaBm9Y3H6yiFJlEKus+MjlfYN/RD51at8pIit+SGeUkXYpLhLnk5JakcDxiyTbO3bvg8"
    "WU/3GMEy4btuiNNn7ku/gN/HhNFWIyvgny8E+LO0MEHm6qQ2ugI+Mthq4NoAi7s5Ly0MGr"
    "8TregPDPE5eLP6CVpg+E20qX+eExd9A6Z4ew4AX9x8uASUL24v70TLUBogRiRJWV1ProMo"
    "+hVEIYpOqsh6KYEW87SYp8NS20h92z2DFp4TH3iSIyi5uOYEyg5TK5Gf0k4Q9eBMCN3Adn"
    "hjsdkMmQ5lRJr6224KfZb06ywJyHcJm7uDT+W4JuNHcZLUsa/Lf97lOFepF0vKva5vPv1n"
    "MrzYoEVnR+0tiCzAQSjRpmriyFKKnXWDO+DMcjemx6MmwWRH1cFkR6VgMjh7ATt5z71qBp"
    "KnGoGFd9dMRIun/y7iab8rUPX37FatQdWkYpJy1tQmNZP6Ae02qibtUKdyn4jPcPzdJWpV"
    "5vqkXrMqjGyiXM1xIDqJwaK/Qxjxm1vwJ/Em8BdbYMdBlo9ngchYEoY4O0AO9hhhUk1r0/"
    "kkatevB7yjtEtEYELIomX8TStje1TGMgvS2I27IhmFSpYXWpv0MK5uYVzqYJzscgV8MyQj"
    "xLd746lgUapa166DPWzL2VFyVPcpPILNlwGu7qKbEmzURbcd0H+Zha7osY6moe0Etste8t"
    "v+dQ+62Faa65Lvng2X2wSv5Sh1+FrfAkJyx4ZntdS485Ra4+7xspeiMXj9fjUz7YpifAba"
    "kyai2Em1LHZSEsZEbUvhJ1J9q/KUmnf25yXqmVtVRNZJlf8k5q5O7U/HNFH4owolUV4UCi"
    "iiLlm1Apn5dBF9EkewoUMcoAVALT4l2Jy/mCBQNSw0XYqPhMdHagnY2o3kJoJMyF1qHNNG"
    "gn0aCfaVC9070UMnQw8lJbJHalLfdvHQz/q+u9xl1p80eXmIcQ3R07d4lXKE+k3q9ZvEJb"
    "Q25gamEyIHsb6JWK1WBLVApaW4QXTq6u9rsyZOohy5qLRbsyS66Iqk3wNP1TJE5pASriU6"
    "De7aYshZM8amcT3jS0KcFON68udMRVyPjOt2ga+Omyrju3rnO0BYJUe0Z2yiKcIlHtkAY3"
    "FedQDvTTLPOKHNHus5VOEB0Kev19f7i/gLfVvYrWX2fnFpssbgnw5qYPEHepvX2UUxHfK5"
    "dZ1PhmwXfSMXdCGz3zcl6zhPqlry3Udr2kxciLgT/3Gyj6CQtRJwtRn+mZh0wSsb+GoBZU"
    "W6bgxf+/V4bDmmTBeN3yK43jyuFN4U3ZRgBLk7xepMDcA9rqvNVAQX7u4ZJvawqVYUukS3"
    "O1vP0VCcSrpC384q9AFObG7Lwk5rwc6Sabibw+3ZxCQGh0XRFV0m1L7oUnleviONqNaukq"
    "uyQDe60++0weF3Wnn2nZYSAQRevOCtOsoJlca4HmNe3ikIpUYhh+IKJpElKgA841SDNV3I"
    "QP1w8/X8+hJ9vr28uPpyFWcApK5AcTHPjW8vz66LKFP3oQXMWSqNcyOczZZh9nlK7frum+"
    "tbISC4YI/tomzkYNe7vlqk52CQrwPqbVoyEub5AtOMFCZRg2ozhL4kU4wQngCzR8MEIDbc"
    "RXcwzwWMHaCFrRKnrXorEjenzF2RcYHW+Cuyoxo4LOY0ZISnKPGeqnQ2s02CgjkOohQAhp"
    "5hxfz3yLYYwj5B3ATOEKMwhiyRiV1eEXRK0ENIGCPSRq5buIN2g/TcDbLwDF7DSs0HkiPq"
    "JFdu1P4P+JZUEeEMyZZyEccEcP8dTDuyTwzevdTnfbsF9xJ+kIht1aUgkvH9qATB7zeaSh"
    "C8ZY1kLarrIKYEI2AidfaJbZRA9MmCf08fpIjAoKGqX0pGvkP/VPrJYB1ULJzyp5sSiUxS"
    "i3yeUPsEFSA3ido5mhKMrxZF91KKg1lgLEDtBGW9jf25TK6N0H0zQucPkJntOEZFsbJqAa"
    "pIt5EgNZz13YrEFGNphW3euBLxTt63XeoOY3rddMnq6pNtmAW0Ouiokonksyyfm3w3dEGc"
    "RdMMcBM08tSkLVY2bjiY6RQzTqB0W8Y1EC2IZeMNAYrdTx+TqcaI0xy7Fp3NNtxLf4tmGS"
    "tIuwzUGCRAHgBheKFvzvHGh9xnGPs5nmqsePnEImRhzLDthP6mgN2KyX6J5hovYpFFc2Os"
    "omnGC1MQ+q7hE3hktqkcdSsmu43mGitijPhPtkkMhz5shtaXaKLraJ4xQhVxLdBVO2jjfG"
    "ebjyQYV45+3nMpvqDxjB2HbPoiRmB9E1ONaXMphZ+toJ1ihxcoMLBp8pqf1djeuOSOwo/1"
    "CJ9HU56tZhzhlpyGYkt2CZuYcXyotQx1jDTFmnjHVJVcH/RopBpsk9BHzzbhrCYIryolM+"
    "IG75DnUzpD8D9eFWagPiJPtkV4i/QZ/IFXzW1lQY+dzq274/ar1rLYZYodg7I0I6xAcHTc"
    "pBMAjKrpJFrqBQAvkRH6So2vMiQjiKAppAm+ahIqBqOqUwVflYLFvND3KFOLxVuR7BDjhE"
    "PuBuvuK/Rqb1c19OPydunCo7pBa58k84lCocGLsy8XZx8u91Wt7QO2neUFV4zkOVC567Uq"
    "gcVHGmZmaBONgPg/WngJojosKJfGD4UXA55yMSU+e/EeTcOFRyz0bAdzhF2EAUjbRKHHiC"
    "/XAzafcQPpf78ZDD3Kvumq4WK1TvCEnVCCdaWulY7XtVikVXr3xH9s5uHAnPPsZyn/yV6v"
    "5z/xSMNLhjbgP4w6T8ALOIkwBPBWTDyqkCdIABd5z3MikUueCe/cJEwIwFpsJj42Q98nru"
    "joJGNEXU197967v8/sB+6C+x09EuIx9MyzOflA+gy7llOxOfyKDh8XE+TALkYiIX2CLJ96"
    "XtRlCkQ+Bre+D49fHb95gTATNo8Qdvy9KzpV8/nE0z7DtQW2ADBGxWx+YjmxCUMWRTxB1C"
    "fPvg03mttwK3+pzSY9NJvAjpKrPnJY4+F1+k43nLIn8ZtcXSkXCnx4UOs2mSEZo5mpc7Uc"
    "ODJVAjglGCG83adQLECvkMUfVPdNSwm0YFTM9nGkeQmVUCbDNZCltCkCN7AYiAaGkIskdo"
    "PqEl4y4paVvNqB/HJbMNcdTh1U8oqlxjLY1Zk1GZJ+ZCePqk+9Nkm3WYo+maATTLrJuNht"
    "2bCeLvluCz4lQeASW0MmPrzazDDPDGrSkDo2/f7A1W0XVGgWWQD4NFHjaFEYDR3ehydkiu"
    "/DU4ucws8pPr4P3/z0ynqBRId10Nt/ItZr/tnpjMcvzLEz4+bLOQ15kSfEbIebO6W9qnf9"
    "DNxkcRUwZFuJQYPNqR/ENtj4bthlz/CHMMPCnU/fWAR+/vzKQkfHiZXiJfo2t3lLjoBPxG"
    "sVxeaR5Avdu7lvBIPsaEi8TMLiQiJbi0+fJ8J0IR6Ifz5BDC+5NUWYK/hdGHxNB6bR5owe"
    "mjPUC1xtWN2qbwxz27pjHxsHl6u18UXdUUxCEyfGUbUT4+i4iDB/9lbyX45Qi3+9E/9KVS"
    "xaVq/Y5QL3xAw7uPU1HdquL3SOUFcmGcAaTyUOlOrTMEc0umjIt02CId9Wx0K+LYVCCkWg"
    "Re+2It3ooO5etNNhcTosbsfQdtR/dz9xKVcWWXg0IK65vCUm9fPqfeWgSZ3pyF4NN/zV+L"
    "VWpDtuvCAM1igKFAHGh0wMP0KeJMyTV3jOHTfvPJKlCNrAMD7gzU3n2H0gjFs95rBiZeNQ"
    "t1NvYDCB6VVOgHj46MLmOszqqLajYDMxKSu44OVG6DHYUU6aQH5SjfhJKY1mBjcnvufbsv"
    "zFapQLZFqqWSvVRKxLxb+5oti9e3M/0ox2ZOrcmty4rVWS26Y89nc6vQ2lEcLxlVrJ63/p"
    "1PDD5lHB5pxYoUMsBIQg+8DWEvLRM/UfkcUDeSnPLMCmTxlDICHxJGNTlM5Dh+Tlw0sR7G"
    "vhJdD6xKN+8EIaIbyl20jEsF/TTAMuOf2m3Vh7dGP1v8vF4LJE+qFHjBxafebrM3+nZ35U"
    "jFBy5KdVCqtPfJoOWXve3/BDdFUZxOK90X6PQlV+T+JXvHDq2Cb6b/jv48cPHz59+gQn7o"
    "z48pCbTmbU0Sc9O7bF+ikd3CnF+OxU3aeFrKpGN9XlMyRamd9AmX+G7wlnAguwr3y0F2lH"
    "eLgP5DBv5NaOl4u4khOi0ULHlHqZe73MHl4uiMt74cAyKbnWy5Qj1I26P70S2NQjKMuUO7"
    "T7h66H7eSZBgd6Rdug+mjVrZpSysGqHjBMjtFOID5u4mA5rnawHJccLA+UWsyYEYm3sFKh"
    "yNHoVMhiKmSiGAJCRBFZGakGuAjwzKHUb4FuiU5DW967IKnYgfK2zVFpWIuwej7h57AirA"
    "UqDWsR1qi4OeOBoioGsSKZBrYKWLX9WqDSsJa4q81E+TxV9log08AWgeU9vpUMt3S7asLe"
    "IrCOGxU0Pq4paHxcLmjMaOibanpYSrFDhM155H4coqYb9URgRqwAKB1nUtpWPKJn6UZdcw"
    "mygEcgjEPnEDNQAllKq0Eug2xiNhftgtXOuCKZhrYC2nQDtgG4RKxhrtaB4TzxH5RxrqDW"
    "QEv286DijXbqix9XuFF20UPParnoecoROigHuuoSh2Wp51cqm7ZY9yKtzqvvz0KX328TVD"
    "9bPQ05R7VBFvJwVnZNErLO7da53cPP7ZZwhi7gXc00SHawHtwcO8xhC4+APn29vq7Lm89h"
    "7sHNypirVKC8EJOMB+2CUr3wMOw+7g3aECcRtX4RzzeiVz9vRHsi7qaNhAVQl3yisaLk2G"
    "4nu+ka5hkrRnFr6o7eu6g59Vc2Wrh45xZD1xNev60wezRMAGPTbucwzwWOSriMBaetJ3Ol"
    "p19VUlf2eFyT3GWY2bFrs7y+8ZZJvJ5NRIQe8BMR+dNisndoAb8vERWFiS2RocWzR5DoGs"
    "aTsmc+IUiENqJDO+CVlJksq3t7t5FmdadpbikYOrd7rx2XdAjHloI64b0w2kQjlwk1uFJw"
    "/wixG9iBJH2+HtssnYa27JSN9Ucldlug2h2svWe9mVLaQghQgjVLojGtagRagLgDg1yarz"
    "8weJva47L7St7cWcYSurB0js+aVMS2wAp7VSQ0Y6iqUmhSM9Y6bYakAxsVrBCpbAAYdpkt"
    "Wp9Q0Ykl1jJ4P9cJ/KRCy3ieL+U1KtpMostS9EvjmPl0YShnQuapWkXh9syav+1MSN58UB"
    "XlLM0I06i7B1n3ht1yuVTeAlwF3xWFzoVokguhHr402nC1MUUtaV1T65o90YfW65p71IWE"
    "P7pKFUqc1es0IScZ16BSr+dTKzQDoaEkhkgEikyixUxghG0SSygzyHMw/C4rxdt6Hq0O9U"
    "sdYo+hinwTDx+h9Nh9/Vddt3iLonkL78t+HC+95w2ZXBLXDgzBtxV9hmVCjW9NJhzB5rxl"
    "GlyWVDsPiwDbzIiyt8vInlPqEOxWCAtZugKsUyDcFq6JILFbbfL85uY6p0ieX90VGO/Xj+"
    "eXt4dHgh/DIDuSmLVPUet5Ws9ro+etommrlL1cvO06jW8V6ttM74smZ6l2hgJKHxH3aYhQ"
    "O4cGcas6k+8hh3esC31X1F1fwFgRdsfgoflISU+8rmfXOmK/dEQRaqeAazpe83fJmQm7XO"
    "3EXBFoPLUMomWQIcsgBUbQAabR6XtNh7htm+K64oD9CmcKgyn9/pEwhh/kkl1uQL1gJ4Ya"
    "i8zYBub8eDiXohhxrQl69u0gIC6y3ZVYJeKVoo60CEfNdKJmxPArDkAq44U7kS2R7LZxAy"
    "3c9Uy4g5VyiaNiqM6QjNBW3aS7cXVz41JvY5+YtmcTtc7GOaKdFd8fsDvg0ZZ1aKnpY2hL"
    "+7KMYf92H2Xm4aVDsQTf6lZTGRLdamqDVlPq/VG23xdlz007jpo4ao+qHbVHJUctBolm4c"
    "mqMFRKF1kS7Ycp1Y8m3wMjhqhFhTIJ+fhqEo4p3M/BLDCI76vFIuepdLxsk3jZYdX43K0U"
    "NMxyj02KfDLe8Ex9yTNkushjn/knDQOTLogRuo8wxG2x1PIZ9Kr3bdVLRvb9WC4/wyyfQ9"
    "+cY7lLOnd9Ume39GCk4WWHNjBbRv5rxGkjlzE3D7rcaBhMEO/RxEOJ04bgoRvYDnzC45xR"
    "3P4Rke+gQDKZybLbybW5sl/mSrHfTNiHKpJmjmiEJp/uY5fbRIHqANB1erG25uzAmqNVpG"
    "rox6si6Zreuqb3jqHtqKb3njSApGypTPrPlDStkfyTAqrNpP6bpKYjF8YxTwl036GoYqMo"
    "zj0BCG1PJBSKdMEkwsAH1Ramoz6vqAIE6BkzZPnU82SZiVu7i9YD+qUHMAJf0pW1UayENk"
    "uifTalHrXwDApgJsN3B+TRQIDEvm8/YUlAzZq6Fisybbbrm9ku7+ySFTWqzS9LSHaYWpZ+"
    "MtjcsqhogCLSKyKNtQLWsaSjYpnIkIzOddt9Q2Ldxqsb3VQnfmxXeBFKnRKkGQqN6PpUGg"
    "5XB9aTDzbzcGDOP8fTDQzkphaUzOZan0+js5SagapYfVm3mWts79uszdxWzX0+NQljxKrJ"
    "ViqNmdSa/5LRqjlLJnYc/qXQHLuWQ7g73iTv0DdywZOFfAJrQZjIGOeGuUeyRDZD0VZIe8"
    "D4xHPE54/Ek+YtbecmGxgB4RYq0nU8vBvJer+GwIJk3SQoEkbVyNZxUKROadpXSlMf3dgS"
    "XTHmUAN2ZQsOVMa5Ou0mJdgo6aafx+/Ocm6GFUCwU14+3viBOXWk2kM1T1tRjK8dwEmTE+"
    "Ok+sg4KZ0ZDsGMhycHtrJnpECqvSN98470Jag5qkl8IFdtxKV1Gk06SKGUMgvNOS97gNHR"
    "z+gaRYUEeWeY+/D06GcTfv58PIWf5k9H9+Eb0/y5rp5yu8l0cELPghP2WFS5R8qeLqk8qB"
    "oK2LGxtHl4tb6RIdl9mv/BX2ahG1WdmYa2E9gue8nv99dtqXu7VkR4WWWV3Z6M36GODYfQ"
    "25/e7Ea/7tiKoVMcujsKyzWu25W31pWtq4LKgM89qYYdrYh0Tev6WJj+aDALesHz1OQ6TH"
    "xxskaLWdA02a2RQwbGoiRWnSEOLK/3ZjrYXvCqvTT0qPsewXWeShl6HvF/NOHY596TBXdC"
    "w5oh+8GFywzxC1KHzFZuohWffik+qomZ3eZkjlr14dOHUvG8ctdmSVodqT2zk3Xe70QNzo"
    "2gHLV0kvg9pko+7jyVVtEbqOjDck1pI/qkXYpBoYd7Q/5UoNLq6fpozASyMsrq0W2ZqQYG"
    "cuP4tvwGU85nzQUVgrgvOXzPY8Jf/nFLHCy+SDXiYpLhiTFVcP+5TdXylliELH7BthP6Uv"
    "UyP2BSp2L6Yqgxy4xtUvTHX0b1wB1KH0HHc+xHgh7CKEIHHS6wM6P+glgTNMUWCvADz8aN"
    "61kJ9fHFBMEIEZrnUPORhtLIv23dZr2q+WsuPR4O2t+08rlL5TOuGKqWxpQjGqEM2n0qk2"
    "7ZPk6ZUxdQ0QVU+iZw1hRQ2XNbv1uy4OD5clEqvrZGisqMalQ+hWdDuSDSJJTocGb7LODy"
    "iuPQ5x9DTxQwwY8Efn0hpBjegM9cAjvhMUT8jzkNGeGhi/LaKd3e4t69d8/ii3bUGCYtvM"
    "j/8ECStCMPvskbyfCege/RYbLsk4h0gni3hherDI2oneC9m96IX3IJTJs8Nwh2z7ZJCs/3"
    "DGKhGMXv7YaLKfwKz8zMObFCh/iVFR/zkp2YzIgzNEQjid+002GfTofsejQ2PmaJRij3nT"
    "TJszmpTrM5KZUe1y1WtpjpYQHHUResV1TjyzUYk2ztklY2+wyZDnrv8/r2MSFufHVdeagI"
    "iGWPssiymoM+Tza6WjXdRxroVJ1/E671aHuGDytGlV6oAtnoXqju++fp9i3jfpFimwYX1p"
    "SEgCLd6F6l7oWAuE2yWtGvLI2Og5O0JdhjulqPdmv3ktQfIQZRKJAYpio3a5ZEBxqWytNF"
    "DXqMBQFklKxRZcrR7d/uXb1xVzEVnDMku9NsB3uaiUpskSdCCeQC3fgKUHS/lxkJAqeVGS"
    "5PqUXxPoviOkC6+gUbb/EeHbuiY1d2DO2wY1eC0HdveTsUJi2Xkx8wqY9i4UMNPzO2Scpp"
    "DA7CjMfoBhRF88QFb9j7KFYkLnIM4xhxLYYY0PBwDp44Sh2HmAEft5Dmm3Z/B51s2q+4j3"
    "glFZDNUGg70FDbU1Iv8uQNUeHT4qkWT7V4qsXTfoun++5N+YX4T7ZJrumDTDjNXK2VTFk0"
    "znDigQ3E0lWQs0sDgg7vw7eWNYOfM2sKP6fTV/fh6ez09AV69u0gICBNLhFsptkM4SkNA1"
    "7IJMZVJpN2Pb0WSPslkMIhMKdKhtwVxQijZLsvfxCQ7xLB6Q4+lcObjB8FuHUC0eU/73Ky"
    "UKn6YCoPXd98+s9keLEkoZZVtayqZVUtqw5JVt2zKfULl86kUqq4UC+gpkMaiKbfyAVdoB"
    "CEWvRsB3MQBX3qkHeIPrs8US5jyKR+0uxcJoO2nqdjYbOalXTPQdYLnZlSwuJO/MfJPuoI"
    "r21/WS19PhOTLni9N1+Gd7UMWqQbXS2+7uVQXYZ8i+ByfqQCbjJ+hOBuIaILzs5QFpBYW0"
    "g4Q6Xbaiu01dZdn7cvSev2pI3F6P62JwVpOf7WMkE6KQNXK0qng9YK03dzgmKCHxgXfBGP"
    "8AOEGTrkvn+fPr94B7KvG8A0E17OwmcThEHnF61BeQ8AXkrMDx3CyiJ257NrK2+/rLz9F/"
    "54Vw7z9cl9+BO2ft6WErNtMZBXfwxCWTnxXxyKK/ZwlqiA94xTDZa5y2D9cPP1/PoSfb69"
    "vLj6chX3n0ltieJiXkC5vTy7LqJM3YcWMGepNM4NcOZBK0xqSq+J8s/Q7JB5vHr77tWr3X"
    "CN0wZM47SSZ5yWKwRQRlRRzhHtEObjo0HDbBnPhDxaeKnUL0xCqvuG1Xvu2jQwjlDmDrY2"
    "q5PS6aXpfmnoYsHbtNmKK5Mn0wvT+cL42LJDZiwUFKYsiQ4nLlu/FrZrRJmKas3gSnQ6D7"
    "rcZS+qogkIqbYwlJFqgIsAgxZD/Rbolug0tCVofY4Ox0kldaNAtTtYjwYCq0OwZQDrDKVC"
    "XyWuRbLdAftmKBsWWxYIDkp5MRmS0ZWZOH7VpLQsjKqukPWqVFzWA4yUrKopwejw7b4Mjf"
    "AxGPLg2WqE81Sjg/mo0TY+qtnGR+VtnIRPGUSIWOrsuHqC3THm10NhzDD1E3EM5vE6uY+L"
    "uZINW0bc0pTdCuXjVy+3hfOWbdkxchYJgEO0wXxFuUvAj16+HibeSSLTlNdWVWEmZcIdis"
    "3HQ+EiCUoe8Y0oQbwVyEVyza9rkY4U5bZAZ6h3h/PJUHDmTVwMRuAulgrARbLdIXvaY2BL"
    "sWf7iZC6w+zxAmY5kIRIpdcmdTFSAYwyzGRYk4aNQIA4Aa+NEvCSKDjJCBCNdbCLhJn2Pf"
    "pdzG1bv/NGPCLD4IekV080gS1pN9T1DXizIR54xZMZPOKiQz7piwnCpkl4gz+eb/vmNT69"
    "D09fn57ChcjdhQ4tHpbFkyHgPnH5wt8Rw0uG5vT5HUqr9E7uXd7ykreOBOU+bhok/sCM2Q"
    "8u/93kMYYOfPxCx271MHYr3kYqanCGZHSZEUfHbxtVOHlbU+LkbanQIn8HVRBOCUZZQ+bf"
    "pCjr/uw43Tc4jQ+MFpnPBVJdK7TXtUKjcJcW+e1ZQr3GfV5jb07h6oJYNlY898uU42Od2z"
    "j+I9xCX9I7aB3YMdHocD5t5Go4rXE1nJZdDbo8RzX6Iy7Psd+Mwr6t9CaZ9MUy/Go9ZTIk"
    "u7OT9VzzrknTFHhJfEWqSZo3yTwDg7dpjmZ2X8nrnEi4QQe4Nk9+HSqyNdmve64hc2dzr9"
    "EF/HEgM+6urk5qzbtiHOAQD2zWUR6g5aZRTjVBLIBtYyEKJyfCDNkBQ49kCZ/MYAGILwZX"
    "tI1Xn0f0hndR6DLewD0y4jKE0ZRgn/joiYa8Co1o9S4qdWP4ppiRuM877/rOeGv3d0DiEM"
    "xrfPPViPrT43uXiwA/iieAXeovuWHWpQGC5yJkgbALbwFPsw1dh7CoMz1/dsQISEdBMmNA"
    "KTqcE3hz7t1vcPrfnsOGvbj5cAm79uL28m4C38sLEA0DZgNx9jlfvER3osM9b0Nv8ztgXr"
    "9xyoM7koeZwrQJcvgB9u57+No24BCIVOAFPAOQuOSZf1FtT+6hPTmzoVXUnQLZ6OzKWygK"
    "I97bVupOgVTba/psrxH8UU0Uz5JoUVwSDpC+ANOlot5YptTVaGrVHLEXOxDHV0LfeTLjwD"
    "ZxU7E8+/ZWFCGv2MtdaD3Na2f2c/euhbf8Bveq0ntxn9fqP+mr0EgJMtJ3sUmsi5DFkB+6"
    "iM6EJsBEBIpoBSTmRB584Ug+53oDiOiwdTyGRJw2qBEJ0IJYFuyyhTtobaBf2gBfwFQBb+"
    "z6yBKNsIZh9+ksJg1l6lbl9k3Ha+lQIh3yVhQq+zUZPzov3Vby2hJfm0xcqalJk6MaIVPo"
    "3kCg3aHrZMVR2Ae4dNRqlXOE2gbUtzVWiLLPCgKWLLnyPCb75R+3xEnrgq5TtIf7YpeUwD"
    "+3r7JduoG/PKhU16LLkwaqGklHNnJYLegT6ECgSIESFc3Aoj4G3PfyjB1QbNEUO1ztR3gW"
    "EB/0KLnLqvVMWuvql9YFOyvACrim47U6IFEH4i1viC2vZIUv0Gl0Jeg+wvdQUQSS8SNUAb"
    "YQt7/gir5iwaY8ka7WVNyxUUCSGy6mMnZQk3JSoGu1g3smZG97A/NEQirZvDW9T1IKbY5p"
    "Yo4B+VKxQWdCMEIO/O9uhNmpEDzekPRIV1KL2cjRaElxffx0BFgHLu9IP/+WTjcwmJv6vX"
    "MbrIcu72saHFRaT/jFSQPbiROPW9/xJrZvREGovm8/ieDWyICBDrFwPU9E9QUev4vRg4/d"
    "4IWIQiXfPdsn6WhJw5uOJ9f2lX7ZV8RyERVkMxSat0sD8hYwN79jc0xzNBpVCaoRL5G3/6"
    "gXPvOU2jnUN+dQrroIDX1TrbxISjFCHa57I8SwdLjdQq+VOK3ErTuStBLXEyVuhXvINg0T"
    "EGnHEepf2RBZ1x5DBT7DXAeVuq64Ommg7HrJwCbR3DCW+/U9n3jYttAz5v77xMufhF17Pr"
    "VCM0CH5OXDS3T0Cv0HOkJT6obshTSAu5NJtXbbL+1WNVy720jtHuVsdh+nzR5DJTk9Gj5C"
    "Ib17aPvfg3jAXqyYpSsw2wyFloNlQUX8/FPAMx2v4zFKtb15QQnFGJccjd6gElSfsGPzxq"
    "eybraVsOaJdljv/02f66UXwi3sJ8lBdU6pQ7BbGXIRExUgnQLVtjBN5K7dWl/Pb26ucwai"
    "86u7wjn19eP55e3hkTi+Vl1C+lWaPmuNqFT0VtaKtareyk7SRNkz4yTuH1iVMvYe/R6Hp/"
    "4eleIhiIULrsuFbmT7t5BDAybT+jqeXaL+/XpgZtLQuRT8m9YI96gRarVla2pL/J6oSIIr"
    "Ci0LFo/XhG+oVgPNk+lyoPVW+yx33tBur1BvpKfQri+zmN9cG1jteWaY3U1+X5qONhLQc1"
    "yAyxZdgBRHnY0Fom1KvGcENGpptZr4Sq2Ui1dj1om31TBoP0K/pMYn4jNbLXkjQzJC6fH4"
    "9LRJ/sbpaXX+Br9WMCjAS6WAcDx8hOhupXsx3DEgstI6f/9y86nKHZaSFAN+bDNA/4ccmw"
    "34WJGBy8HIGW0STA8/nv2zCPfF9c15UeTkE5zv23zz5/8DG/zq7A=="
)
