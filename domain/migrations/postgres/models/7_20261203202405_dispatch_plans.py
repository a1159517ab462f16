from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "dispatch_plan" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL,
    "trigger" VARCHAR(16) NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "meters" INT NOT NULL,
    "late" INT NOT NULL,
    "seconds_to_solve" DOUBLE PRECISION NOT NULL,
    "figures" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_dispatch_pl_day_75b8d4" ON "dispatch_plan" ("day");
COMMENT ON TABLE "dispatch_plan" IS 'A solved plan for one station day; the newest of a day is the current one.';
        CREATE TABLE IF NOT EXISTS "plan_stop" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "sequence" INT NOT NULL,
    "trip" INT NOT NULL,
    "arrival" TIMESTAMPTZ,
    "late" BOOL NOT NULL,
    "placed" BOOL NOT NULL,
    "dropped" VARCHAR(16) NOT NULL,
    "courier_id" UUID REFERENCES "courier" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    "plan_id" INT NOT NULL REFERENCES "dispatch_plan" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "plan_stop" IS 'One order in a plan: its courier, trip and place in the route, or why it was dropped.';
        ALTER TABLE "courier" ADD "latitude" DOUBLE PRECISION;
        ALTER TABLE "courier" ADD "shift_starts" VARCHAR(5) NOT NULL DEFAULT '';
        ALTER TABLE "courier" ADD "shift_ends" VARCHAR(5) NOT NULL DEFAULT '';
        ALTER TABLE "courier" ADD "longitude" DOUBLE PRECISION;
        ALTER TABLE "courier" ADD "located_at" TIMESTAMPTZ;
        ALTER TABLE "station" ADD "travel_speed_kmh" DOUBLE PRECISION NOT NULL DEFAULT 20;
        ALTER TABLE "station" ADD "service_per_bucket_s" INT NOT NULL DEFAULT 30;
        ALTER TABLE "station" ADD "service_per_floor_s" INT NOT NULL DEFAULT 40;
        ALTER TABLE "station" ADD "travel_detour" DOUBLE PRECISION NOT NULL DEFAULT 1.3;
        ALTER TABLE "station" ADD "service_base_s" INT NOT NULL DEFAULT 120;
        ALTER TABLE "station" ADD "dispatch_every_minutes" INT NOT NULL DEFAULT 30;
        ALTER TABLE "station" ADD "plan_seconds" INT NOT NULL DEFAULT 5;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "courier" DROP COLUMN "latitude";
        ALTER TABLE "courier" DROP COLUMN "shift_starts";
        ALTER TABLE "courier" DROP COLUMN "shift_ends";
        ALTER TABLE "courier" DROP COLUMN "longitude";
        ALTER TABLE "courier" DROP COLUMN "located_at";
        ALTER TABLE "station" DROP COLUMN "travel_speed_kmh";
        ALTER TABLE "station" DROP COLUMN "service_per_bucket_s";
        ALTER TABLE "station" DROP COLUMN "service_per_floor_s";
        ALTER TABLE "station" DROP COLUMN "travel_detour";
        ALTER TABLE "station" DROP COLUMN "service_base_s";
        ALTER TABLE "station" DROP COLUMN "dispatch_every_minutes";
        ALTER TABLE "station" DROP COLUMN "plan_seconds";
        DROP TABLE IF EXISTS "dispatch_plan";
        DROP TABLE IF EXISTS "plan_stop";"""


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
    "UqDWsR1qi4OeOBoioGsSKZBrbEBmwm6ryp8oECmQa2CCxvRq1kYaTblWf3Fip03Kjy7nFN"
    "5d3jcuVdRkPfVFMYUoodImzOIz/ZEFWyqHg/M2JJVYnvSmlb8Yie5cV0zSXIAh6BMA6dQ8"
    "xACWQprQa5DLKJ2Vz0tVU744pkGtoKaNMN2AbgErGGuVpZg/PEf1DGuYJaAy3Zz4MKjNmp"
    "03hccTHZRQ89q+Wi5ylH6Ekb6KpLPGul5lSpbNpi3Yu0OgG8Pwtdfr9NUP1s9XzZHNUG6b"
    "LDWdk12bI6CVknIQ8/CVnCGbqAdzXTINnBenBz7DCHLTwC+vT1+rouwTuHuQc3K2OuUirx"
    "QkwyHrQLSvXCw7D7uNuiiybwF/F8I3r180a0J+Ju2vFWAHXJJxorSo7tdrKbrmGesWIU91"
    "Du6L2Luih/ZaOFi7cYMXTh2/XbCrNHwwQwNm3LDfNc4KjWyFhw2nrWUXr6VWUfZY/HNVlI"
    "hpkduzYd6Rvv7cMLr0RE6AE/EZHoKyZ7hxbw+xJRUUHXEqlEPM0BifZWPHt45hOCRAweOr"
    "QDXvKXydKPt3cbafpxmo+VgqGTkPfaGkiHcGwp+hDeC6NN2GyZUIMrBfePELuBHUjyvOux"
    "zdJpaMtO2Vh/VGK3Bardwdp71pup+SyEACVYsyQa06qOlQWIOzDIpYnlA4O3qT0uu6/kXY"
    "hlLKELS+f4rElFbAussFfVLDOGqiqFJjVjrdNmSDqwUWUFkXMFgGGX2aJHBxUtQ2Itgzce"
    "ncBPKrSM5/lSXkyhzSS6fkK/NI6ZTxeGcspenqpVFG7PrPnbTtnjXfJUUc7SjDDft3uQdR"
    "PTLdf15L2qVfBdUehciCa5EOrhS6MNVxtT1JLWNbWu2RN9aL2uuUddSPijq1ShxFm9ThNy"
    "knENSsp6PrVCMxAaSmKIRKDIJFrMBEbYJrGEMoM8B8PvspqxrefR6lC/1CH2GKrIN/HwEU"
    "qP3Rcq1QV2tyiat/C+7Mfx0nvekMklce3AEHxb0WdYJtT41mTCEWzOW6bBZUm187AIsM2M"
    "KHu7jOw5pQ7BboWwkKUrwDoFwm3hmggSu9Umz29urnOK5PnVXYHxfv14fnl7eCT4MQyyI4"
    "lZ+xS1nqf1vDZ63iqatkrZy8XbrtP4VqG+zfS+aHKWamcooPQRcZ+GCLVzaBD3VDP5HnJ4"
    "a7XQd0WB8AWMjTrVw0PzkZLmbV3PrnXEfumIItROAdd0vObvkjMTdrnaibki0HhqGUTLIE"
    "OWQQqMoANMo9P3mg5x2zbFdcUB+xXOFAZT+v0jYQw/yCW73IB6wU4MNRaZsQ3M+fFwLkUx"
    "4loT9OzbQUBcZLsrsUrEK0WtUxGOur5EXXPhVxyAVMYrTCJbItlt4wZauOuZcAcr5RJHxV"
    "CdIRmhrbpJG97qLrylJrw+MW3PJmoteHNEO6sSP2B3wKMtayVS03DPljYQGcP+7T7KzMNL"
    "h2IJvtU9kTIkuifSBj2R1Bt5bL+Bx567Sxw1cdQeVTtqj0qOWgwSzcKTVWGolC6yJNoPU6"
    "ofTb4HRgxRiwplEvLx1SQcU7ifg1lgEN9Xi0XOU+l42SbxssOq8blbKWiY5R6bFPlkvDOX"
    "+pJnyHSRxz7zTxoGJl0QI3QfYYjbYqnlM+hV79uql4zs+7FcfoZZPoe+Ocdyl3Tu+qTObu"
    "nBSMPLDm1gtoz814jTRi5jbh50udEwmCDeTIiHEqedq0M3sB34hMc5o7hPISLfQYFkMpNl"
    "t5Nrc2W/zJViv5mwD1UkzRzRCE0+3ccut4kC1QGg6/Ribc3ZgTVHq0jV0I9XRdI1vXVN7x"
    "1D21FN7z1pAEnZUpn0nylpWiP5JwVUm0n9N0lNRy6MY54S6L5DUcVGUZx7AhDankgoFOmC"
    "SYSBD6otTEd9XlEFCNAzZsjyqefJMhO3dhetB/RLD2AEvqQra6NYCW2WRPtsSl1q4RkUwE"
    "yG7w7Io4EAiX3ffsKSgJo1dS1WZNps1zezXd7ZJStqVJtflpDsMLUs/WSwuWVR0QBFpFdE"
    "GmsFrGNJR8UykSEZneu2+4bEuo1XN7qpTvzYrvAilDolSDMUGtH1qTQcrg6sJx9s5uHAnH"
    "+OpxsYyE0tKJnNtT6fRmcpNQNVsfqybjPX2N63WZu5rZr7fGoSxohVk61UGjOpNf8lo1Vz"
    "lkzsOPxLoTl2LYdwd7xJ3qFv5IInC/kE1oIwkTHODXOPZIlshqKtkPaA8YnniM8fiSfNW9"
    "rOTTYwAsItVKTreHg3kvV+DYEFybpJUCSMqpGt46BIndK0r5SmPrqxJbpizKEG7MoWHKiM"
    "c3XaTUqwUdJNP4/fneXcDCuAYKe8fLzxA3PqSLWHap62ohhfO4CTJifGSfWRcVI6MxyCGQ"
    "9PDmxlz0iBVHtH+uYd6UtQc1ST+ECu2ohL6zSadJBCKWUWmnNe9gCjo5/RNYoKCfLOMPfh"
    "6dHPJvz8+XgKP82fju7DN6b5c1095XaT6eCEngUn7LGoco+UPV1SeVA1FLBjY2nz8Gp9I0"
    "Oy+zT/g7/MQjeqOjMNbSewXfaS3++v21L3dq2I8LLKKrs9Gb9DHRsOobc/vdmNft2xFUOn"
    "OHR3FJZrXLcrb60rW1cFlQGfe1INO1oR6ZrW9bEw/dFgFvSC56nJdZj44mSNFrOgabJbI4"
    "cMjEVJrDpDHFhe7810sL3gVXtp6FH3PYLrPJUy9Dzi/2jCsc+9JwvuhIY1Q/aDC5cZ4hek"
    "Dpmt3EQrPv1SfFQTM7vNyRy16sOnD6XieeWuzZK0OlJ7ZifrvN+JGpwbQTlq6STxe0yVfN"
    "x5Kq2iN1DRh+Wa0kb0SbsUg0IP94b8qUCl1dP10ZgJZGWU1aPbMlMNDOTG8W35Daacz5oL"
    "KgRxX3L4nseEv/zjljhYfJFqxMUkwxNjquD+c5uq5S2xCFn8gm0n9KXqZX7ApE7F9MVQY5"
    "YZ26Toj7+M6oE7lD6CjufYjwQ9hFGEDjpcYGdG/QWxJmiKLRTgB56NG9ezEurjiwmCESI0"
    "z6HmIw2lkX/bus16VfPXXHo8HLS/aeVzl8pnXDFULY0pRzRCGbT7VCbdsn2cMqcuoKILqP"
    "RN4KwpoLLntn63ZMHB8+WiVHxtjRSVGdWofArPhnJBpEko0eHM9lnA5RXHoc8/hp4oYIIf"
    "Cfz6QkgxvAGfuQR2wmOI+B9zGjLCQxfltVO6vcW9e++exRftqDFMWniR/+GBJGlHHnyTN5"
    "LhPQPfo8Nk2ScR6QTxbg0vVhkaUTvBeze9Eb/kEpg2eW4Q7J5tkxSe7xnEQjGK39sNF1P4"
    "FZ6ZmXNihQ7xKys+5iU7MZkRZ2iIRhK/aafDPp0O2fVobHzMEo1Q7jtpkmdzUp1mc1IqPa"
    "5brGwx08MCjqMuWK+oxpdrMCbZ2iWtbPYZMh303uf17WNC3PjquvJQERDLHmWRZTUHfZ5s"
    "dLVquo800Kk6/yZc69H2DB9WjCq9UAWy0b1Q3ffP0+1bxv0ixTYNLqwpCQFFutG9St0LAX"
    "GbZLWiX1kaHQcnaUuwx3S1Hu3W7iWpP0IMolAgMUxVbtYsiQ40LJWnixr0GAsCyChZo8qU"
    "o9u/3bt6465iKjhnSHan2Q72NBOV2CJPhBLIBbrxFaDofi8zEgROKzNcnlKL4n0WxXWAdP"
    "ULNt7iPTp2Rceu7BjaYceuBKHv3vJ2KExaLic/YFIfxcKHGn5mbJOU0xgchBmP0Q0oiuaJ"
    "C96w91GsSFzkGMYx4loMMaDh4Rw8cZQ6DjEDPm4hzTft/g462bRfcR/xSiogm6HQdqChtq"
    "ekXuTJG6LCp8VTLZ5q8VSLp/0WT/fdm/IL8Z9sk1zTB5lwmrlaK5myaJzhxAMbiKWrIGeX"
    "BgQd3odvLWsGP2fWFH5Op6/uw9PZ6ekL9OzbQUBAmlwi2EyzGcJTGga8kEmMq0wm7Xp6LZ"
    "D2SyCFQ2BOlQy5K4oRRsl2X/4gIN8lgtMdfCqHNxk/CnDrBKLLf97lZKFS9cFUHrq++fSf"
    "yfBiSUItq2pZVcuqWlYdkqy6Z1PqFy6dSaVUcaFeQE2HNBBNv5ELukAhCLXo2Q7mIAr61C"
    "HvEH12eaJcxpBJ/aTZuUwGbT1Px8JmNSvpnoOsFzozpYTFnfiPk33UEV7b/rJa+nwmJl3w"
    "em++DO9qGbRIN7pafN3LoboM+RbB5fxIBdxk/AjB1X2Ihyjb6YaZjQW7/jbMBPkt/tYy0S"
    "4pTFYr3KWD1op3d3OCYoIfGBfFEI85A4QZOuTeaJ8+v3gH0pgbwDQTXmDBZxOEQQsVzSp5"
    "VXpe3MoPHcLKQl/ns2u7Y7/sjv0XR3ifCPP1yX34E7Z+3o3ztnvBhNcjDEJZgetfHIor9n"
    "CWqID3jFMNlrnLYP1w8/X8+hJ9vr28uPpyFXdESa1b4iL/aFV9//by7LqIMnUfWsCcpdI4"
    "N8CZh1EwqXG3Ju48Q7ND5vHq7btXr3bDNU4bMI3TSp5xWs5Zp4yoopwj2iHMx0eDhtkyng"
    "l5tPBSqYOVhFR3sqr3JbVpqRuhzF0+bVYnpdNL0/3S0MWCNw6zFVcmT6YXpvOF8bFlh8xY"
    "KChMWRId4FoOcF3YrhHlzqm1JyvR6czcct+3qK4jIKTaVE9GqgEuAgxaDPVboFui09CWoP"
    "U5OhwnlWSCAtXuYD0aCKwOwZYBrDOUCn2VuBbJdgfsm6FsWGxZIDgoZWpkSEZX+OD4VZNi"
    "pzCqumbTq1K5Uw8wUrKqpgSjw7f7wijCx2DIwzmrEc5TjQ7mo0bb+KhmGx+Vt3ES0GMQIW"
    "Kps+PqCXbHmF8PhTHD1E/EMZjHK7c+LuZKNmwZcUtTdiuUj1+93BbOW7Zlx8hZJAAO0Qbz"
    "FeUuAT96+XqYeCepNVNe7VOFmZQJdyg2Hw+FiyQoecQ3opTlViAXyTW/rkU6UpTbAp2h3h"
    "3OJ0PBmbcVMRiBu1gqABfJdofsaY+BLcWe7SdC6g6zxwuY5UASIpVem9TFSAUwyjCTYU1a"
    "CAIB4gS8WkfAi3TgJEZdtHrBLhJm2vfodzG3bf3OW8OImPcfku4x0QS2pAFO1zfg7W944B"
    "UPr/eIiw75pC8mCJsm4S3neAbom9f49D48fX16Chcidxc6tHhYFg/Ph/vEBfV+RwwvGZrT"
    "53corRs7uXd5E0bezBCU+7iNjfgDM2Y/uPx3k8cYOvDxCx271cPYrXgbqajBGZLRxeofHb"
    "9tVHPjbU3Rjbel0n/8HVRBOCUYZVWTf5Myofuz43TfcjM+MFrk4hZIdfXKXlevjMJdWmRc"
    "Zwn1Gvd5jb05hasLYtlY8dwvU46PdW7j+I9wC31JN5t1YMdEo8P5tJGr4bTG1XBadjXogh"
    "HV6I+4YMR+Mwr7ttKb5HYXC8OrdTnJkOzOTtZzzbsmTVPgJfEVqSZp3iTzDAzepjma2X0l"
    "r7wh4QYd4No8+XWoyNZkv+65qsmdzb1GF/DHgcy4u7o6qTXvinGAQzywWY9zgJabRjnVBL"
    "EAto2FKJycCDNkBww9kiV8MoMFIL4YXNHIXH0e0a3cRaHLeEvxyIjLEEZTgn3ioyca8roo"
    "ovm4qB2N4ZtiRuLO47wPOePNxt8BiUMwrzrNVyPqmI7vXS4C/CieAHapv+SGWZcGCJ6LkA"
    "XCLrwFPM02dB3Col7p/NkRIyAdBcmMAaXocE7gzbl3v8Hpf3sOG/bi5sMl7NqL28u7CXwv"
    "L0A0DJgNxNnnfPES3Yme67wxuujGjnlFwSkP7kgeZgrTJsjhB9i77+Fr24BDIFKBF/AMQO"
    "KSZ/5FtT25h/bkzIZWUXcKZKOzK2+hTIl4b1upOwVSba/ps71G8Ec1UTxLokVxSThA+gJM"
    "l4p6Y5lSV6OpVXPEXuxAHF8JfefJjAPbxE3F8uzbW1EWu2Ivd6H1NK/m2M/duxbe8hvcq9"
    "rjxX1eq/+kr0IjJchI38UmsS5CFkN+6CI6E5oAExEoojmNmBN58IUj+ZzrDSCiw9bxGBJx"
    "2qBGJEALYlmwyxbuoLWBfmkDfAFTBbyx6yNLNMKqet2ns5g0lKlblds3Ha+lQ4l0yJsjqO"
    "zXZPzovHRbyWtLfG0ycaWmJk2OaoRMoXsDgXaHrpMVR2Ef4NJRq1XOEWobUN/WWCHKPisI"
    "WLLkyvOY7Jd/3BInrQu6TtEe7otdUgL/3L7KdukG/vKgUl2LLk8aqGokHdnIYbWgT6ADgS"
    "IFSlQ0A4sq63PfyzN2QLFFU+xwtR/hWUB80KPkLqvWM2mtq19aF+ysACvgmo7X6oBEHYi3"
    "vCG2vJIVvkCn0ZWg+wjfQ0URSMaPUAXYQtz+giv6igWb8kS6WlNxx0YBSW64mMrYQU3KSY"
    "Gu1Q7umZC97Q3MEwmpZPPWdONIKbQ5pok5BuRLxZaRCcEIOfC/uxFmp0LweEPSI11JLWYj"
    "R6MlxfXx0xFgHbi8I/38WzrdwGBu6vfObbAeuryvaXBQaT3hFycNbCdOPG59x5vYvhEFof"
    "q+/SSCWyMDBjrEwvU8EdUXePwuRg8+doMXIgqVfPdsn6SjJQ1vOp5c21f6ZV8Ry0VUkM1Q"
    "aN4uDchbwNz8js0xzdFoVCWoRrxE3v6jXvjMU2rnUN+cQ7nqIjT0TbXyIinFCHW4LfSsHJ"
    "QOt1votRKnlbh1R5JW4nqixK1wD9mmYQIi7ThC/SsbIuvaY6jAZ5jroFLXFVcnDZRdLxnY"
    "JJobxnK/vucTD9sWesbcf594+ZOwa8+nVmgG6JC8fHiJjl6h/0BHaErdkL2QBnB3MqnWbv"
    "ul3aqGa3cbqd2jnM3u47TZY6gkp0fDRyikdw9t/3sQD9iLFbN0BWabodBysCyoiJ9/Cnim"
    "43U8Rqm2Ny8ooRjjkqPRG1SC6hN2bN74VNbNthLWPNEO6/2/6XO99EK4hf0kOajOKXUIdi"
    "tDLmKiAqRToNoWponctVvr6/nNzXXOQHR+dVc4p75+PL+8PTwSx9eqS0i/StNnrRGVit7K"
    "WrFW1VvZSZooe2acxP0Dq1LG3qPf4/DU36NSPASxcMF1udCNbP8WcmjAZFpfx7NL1L9fD8"
    "xMGjqXgn/TGuEeNUKttmxNbYnfExVJcEWhZcHi8ZrwDdVqoHkyXQ603mqf5c4b2u0V6o30"
    "FNr1ZRbzm2sDqz3PDLO7ye9L09FGAnqOC3DZoguQ4qizsUC0TYn3jIBGLa1WE1+plXLxas"
    "w68bYaBu1H6JfU+ER8Zqslb2RIRig9Hp+eNsnfOD2tzt/g1woGBXipFBCOh48Q3a10L4Y7"
    "BkRWWufvX24+VbnDUpJiwI9tBuj/kGOzAR8rMnA5GDmjTYLp4cezfxbhvri+OS+KnHyC83"
    "2bb/78fxXECvI="
)
