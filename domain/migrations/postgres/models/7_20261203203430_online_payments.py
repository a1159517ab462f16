from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "payment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "out_trade_no" VARCHAR(32) NOT NULL UNIQUE,
    "amount_fen" INT NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "transaction_id" VARCHAR(32) UNIQUE,
    "prepay_id" VARCHAR(64) NOT NULL,
    "prepay_at" TIMESTAMPTZ,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "paid_at" TIMESTAMPTZ,
    "refunded_fen" INT NOT NULL,
    "flag" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "customer_id" UUID NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "order_id" INT NOT NULL UNIQUE REFERENCES "order" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_payment_status_9811c6" ON "payment" ("status");
COMMENT ON TABLE "payment" IS 'One order''s WeChat Pay trade; `out_trade_no` is our number for it at WeChat Pay.';
        CREATE TABLE IF NOT EXISTS "payment_entry" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "amount_fen" INT NOT NULL,
    "reference" VARCHAR(64) NOT NULL UNIQUE,
    "order_number" VARCHAR(16) NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "payment_id" INT NOT NULL REFERENCES "payment" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "payment_entry" IS 'Money in (a paid trade) or out (a refund) through WeChat Pay; never updated.';
        CREATE TABLE IF NOT EXISTS "payment_refund" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "out_refund_no" VARCHAR(64) NOT NULL UNIQUE,
    "amount_fen" INT NOT NULL,
    "reason" VARCHAR(80) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "refund_id" VARCHAR(64),
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "payment_id" INT NOT NULL REFERENCES "payment" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_payment_ref_status_14ff33" ON "payment_refund" ("status");
COMMENT ON TABLE "payment_refund" IS 'Money going back to the customer''s WeChat: asked for, sent, then confirmed by WeChat Pay.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "payment";
        DROP TABLE IF EXISTS "payment_entry";
        DROP TABLE IF EXISTS "payment_refund";"""


MODELS_STATE = (
    "eJztXXtz27aW/yoY/1N7Vs3Ejp2myZ07Yzvu3ux14ozjbO5u3WEhErK4pgiWIO1odvvdFw"
    "d8iA+QIiSKIll0Oo4t4oDUD+DBeZ//PVhQizjsxblpEsbu6CNxD96i/z1w8YLwX2SXJ+gA"
    "e97qInwQ4KkjxmMx0AjSkVMW+NgM+LUZdhjhH1mEmb7tBTaFWx2co2/kco4DFJEiQYrYHP"
    "vEQtMlIk/EXyLPp3D1BcxpUZNParsPm5GHrv1HSPgjPpBgTnw+ya+/8Y9t1yLfCUv+9B6N"
    "mU0cK4fGI1nCDOKCESw98SG/u/+LGArPNjVM6oQLNzPcWwZz6qbj+bPDpw/EJT4OiJWBxg"
    "0dJ0Yy+Sh6Wv5B4IckfUxr9YFFZjh0AGCgjh5h9dmBYXy6uTO+XN0ZxkEJ/IQiA2j8kUld"
    "WDjbDZhAYIG/Gw5xH4I5//P16Z/RfVZARKPghv95fnv5j/Pbw9enR3BDylc/2hqf4isn4t"
    "KfYgoc4GgSgfsK6HT/NIU6JWgH7OSDFdqr3ds93C9fNsH75ctqwOEaIL5CmHz3bJ8wAwdl"
    "mH9xKA7kOOfJCmDPgG6AcNeg+/7m68X1Ffp8e3X54cuHm09wl8WS/eGsLsJH/AM7EBjcXp"
    "1fc6iBhcweM3sbPphi8/EZ+5ZRukJPaNXY8qXFyaL4CXbxg8ANviB8nYRvWxZfLSZl6fGl"
    "enaeGdSAk3N6W/DbmO4doi5BHvGRGbKALvgvNmfRc4LiNZTx880m2YKr21b5Ffj69cN7+R"
    "sQjS7s/DC0rRdAsxvOfvC3WeiagDMSd4Ifp38/6P51EJzm1WvBaDzKggdfXBRwrWHp/OsT"
    "R4WlpwTdsfSD+/BsOn29K2DzbP34dQOufvy6kqnDpTxPD8h3CTevOTTj8SM8M08anZknNW"
    "fmSfnMNOliwb9uoCQE5og63MrdbOK2RMEVyNPQdix4AAWMszSjg7h9PgHbUQXeZLyGdi20"
    "PqULFWiT8RratdBy7YL6ZWw/uBWqSjq+gC1/3gbYxjJYb063B3iIH0+OT386ffPq9ekbPk"
    "Q8Z/rJTzV4f/h0VwBzjpnh2DMJG7ig1CHYlWOaJSvAOuV0u9qziUDcrbB7cXNzLfQ9Fut7"
    "Fx/uCtv168eLK76Nj/I6YBluBwd2EFpESdfOEm2oafdsF+9A0c6hTN2HDWDOUmmcG+Bss/"
    "SR1dhHnrBDBpJ+MlgOYvoEMJHa697zK4G9IBUKSI6yALoVk75Ifhmi5se/oHXjOsv4RaxZ"
    "kLsPH6++3J1//Jxblffnd1dw5ST/MsSfHhaFlHQS9O3D3T8Q/In+++bTVdEoko67++8DeC"
    "YcBtRw6bOBrYyVJ/k0QS2/6rHFy1CzURXI2jRW9ZezrbFNlSyyZZQlxwb1if3g/pMsBdAf"
    "+LNg15SdFLFV9TIz1TChXX262qM+fk7tpsXNxTHg35xEfOvy/Mvl+furgz/3ZO52iB98Ie"
    "LRywbv9OKk1uQNwwyWjFtr9b5xCRI0CE9pGAhjdTDnQKND7CLqW8SfIMypbSf0ydE7YbmO"
    "1hw9kmViy+Y3tH6kfG+hh5DjUDaM7/A+Etv5rwePfBvCRZ/MDn7bxpReqaBJmZNEO4s3YX"
    "+do63oZtWW82QlGrud4/FjNOs2MTeeVJsbT0rmRtjeCtjGw0cIbfuWXMGTDDdcTGVHazXG"
    "RbqNwO6ZRrZzuyMxbc8mcLfmDDhPtJGZbKM9/bLXjHgFKggBGyhcGbIRalsD0a4STErqVV"
    "8iMzy7OtouuVYvqHq2WpzdlGCf+HGE3Iz6Qh7E1sJ20fnnD+jZDuZcgPSpQyLhMRpoB4w4"
    "MxAfXYilQ1z494lEPt3B/Dqmowd6c51kKv5VONmT8SMUn06bxBucVocbnJaiDeBFUXMlOm"
    "MFdwehMsB7jDlmcxWI81Q6rnetCpDYnqdqITM5qhHu590Brd0DoxNYm0Zt1y9zbeD2Jsvc"
    "MwV7TKvskyd+0GzyMucp9Sr3bZX7onyGlh1c04cDmfKZXJvUKp8wynDiYWuVz29zisw5dv"
    "nToOc5DiaRNigcEgHffVx35Aoj1xZdC+FZQPyyfrnZFC2rkNqXsaUvg+8SWRBftSyYEmgx"
    "sIEYiIVBQRHfmGJXAO9Pnzl900Qnf1Otk78pZc25gWL4/4pihBv41UkDgF+dVAIMl2QAS8"
    "Nd1mEsD3YZA8w7SLIQZ2UZ4//4cvOpIsUipShKlbYZoP9Djs3GFSgJUOREyQTPw4/n/ypC"
    "fXl9c1GUEWGCiyJ/BsFEBfaUQKO+OerDMo50el6OK3SyJ+rVBXYgSvDcNGkoj0UrjJjUqV"
    "rTaKyBM4MbePuSML0fWOxSQ0/YCQmyXTQjrsx/14BCq1P9UqeSvTGTVcuoRLdApQM/SsH2"
    "vQu73usubjHoupoh53QA3yaSQKaLmPCXf94SSI6S6q15DnvF51oOUAGoCsb+s3xuNYljv3"
    "HJHeU/Oohi78NO3SqG/ZZLHrcfLu8KQextSATRbqyWB9Ldul4aIOnQRhHqC/pEFpwG0Vn+"
    "cE+NqPHEke0U2ZLSLFvMo+WGfskNfFvBFSWpIUfTnczQe5TL0pjY+hvKZDlajbIEZZ0Osc"
    "O4KB2z32XMPmZqzpoVxejqheykYJP2NuqgM52T3nJOemyHlNpGKsWbPJGWa2K5piYpPWPu"
    "zWOsnJNeNjYPDOmmWn1+kzVR6rtzCYTmIwnqPAK5AZNaE4AYquYPiKZnCK+KqM4pf/AJ/+"
    "cZ8cdegkbPdfMFMrEPxVeRh20LWYRzDzuYiLCqAOpsx5+UzQO7uYW2HPTLcjCPwWsIazJc"
    "+xiKaizsfSN6lVVydotkGtgisDH3ULZu5ag0rNonNj6fmGAb2iWmXWJ9cIllNmOlPNzEIR"
    "ZJw1v4w+LTFFF/JYum7qxYylZwi6lPp2Xc/sm4hnB3KUq6KyJt4ZAVHYZBFSGw9bhWhcFq"
    "XLOy62ZeXQmtln6rIN7EtSul1Rt5jU6szCjkxBpn7ULXLvSxYq1d6NqFrl3oZbC1C/2tdq"
    "EPYIkH40IvemcHBvQIPOiXeMEl/Adpwcz02qTOUmhmRzXIoPN8uqDw51s0DZfoE3ogAfqI"
    "Zj7hw6kPjm4aetQFo9/M5qsKaXL8j9lEVL/ELoIqKUQEw0NREuhhalNp6cxd3kpbF/tlXd"
    "RFM3coT2nNdofaVsJjlNSBDE2HGheUEl5Sl3SjebUPNXsMVVCOh4/PZNB+hRl+vhp/hLii"
    "kE91fk6BTDeVLJsVQVzZBNsSnQa3DC5eCMlczfWQJ9KwlmFd2K7xQKnFFJEt0WmfWRHaJ+"
    "zYlmHhpUp8Y56oO1BfDQVVOB5txkJZMFj1bs0RaT5QhlWgo6TupgT6zS81zgmwH2xSpTpH"
    "OEKb9kBs2Akm9bXIXWujQuQrMr3AvV5gKA37JFH2a1s8r4h0f/jm3Z35S7GREzBLp6u99/"
    "llcmmgZvWNx+sohSZRCrrPjI5X2Df0Q+dWG+UlRW7JLfOSLsUkw13yckpSOR4wZNtmb93A"
    "PFlP9xjBMvl33RKnz+BLv+S/jwmjnUZW8H++EM6fpYUJMlcntdEV/CODrQauDbC4m0NpYa"
    "7xO9GK/sAQzAHN6idogflvok3985y46BtnircXHODLm/dXHOXL26s70TKUBogRSVJW25Pr"
    "IIp+BVGIopMqsl5KoMU8LebpsNRNpL7dnkELz4kPPMkRlFxccwJlh6mVyE9pJ4h6/EwI3c"
    "B2oLHYbIZMhzIiTf3dbAp9lvTrLAnIdwmbu+OfynFNxo/iJKljX1f/ustxrlIvlpR7Xd98"
    "+vdkeLFBi86O2lsQWYCDUKJN1cSRpRSddYM7AGbZjenxuEkw2XF1MNlxKZiMn70cO3nPvW"
    "oGkqcagYW3ayaixdO/inja7wpU/T27VWtQNamYpJw1tU3NpH5Au4uqSR3qVO4T8RmOv7tE"
    "rcpcn9RrVoWRTZSrOQ5EJzG+6G8RRnBzi/9JvAn/iy2w4yDLx7NAZCwJQ5wdIAd7jDCppr"
    "XtfBK169cD6CjtEhGYELJoGX/TytgelbHMgjR2465IRqGS5YXWJj2Mq1sYlzoYJ7tcAd8M"
    "yQjxbd94KliUqtbVdbCHbTkdJUe1n8Ij2HwZ4OouuinBVl10NwP6b7PQFT3W0TS0ncB22Q"
    "u47d/3oIvtpLku+e7Z/PImwWs5Sh2+1reAkNyx4Vkbatx5Sq1x93jZS9EYUL9fzUy7ohif"
    "gfa0iSh2Wi2LnZaEMVHbUviJVN+qPKXmnf15iXrmVhWRdVLlP4m5q1P70zFNFP6oQkmUF4"
    "UCiqhLVq1AZj5dRJ/EEWzoEAdowaEWnxJszo8miKsaFpouxUfC4yO1BOzsRnITQSbkLjWO"
    "aSPBPo0E+8qF7p3ooZOhh5IS2SM1qW+7eOhnfd9d7jLrT5q8PMS4hujpN3iVcoT6Ter1mw"
    "QS2ibmBqYTIgexvolYrVYEtUClpbhBdOrq72uzJk6iHLmotFuzJLroiqTfA6RqGSJzSAnX"
    "Ep0Gd20x5KwZY9u4nvElIU6KcT35c6YirkfGddvAV8dNlfFdvfMtIKySI9ozNtEU4RKPbI"
    "CxOK9agPcmmWec0GaP9Ryq/AHQp6/X1/uL+At9W9itZfZ+cWmyxuCfDmpg8ef0NtTZRTEd"
    "8sG6DpMh20XfyCVdyOz3TclazpOqlnz30Zo2Exci7gQ/TvcRFLJWAq42wz8Tky6gsoGvFl"
    "BWpGvH8LVfj8eOY8p00fgdguvN40rhTdFNCUaQu1OsztQA3JO62kxFcPndPcPEHjbVikKX"
    "6Lqz9RwPxamkK/R1VqGP48TmtizstBbsLJmGuzncnk1MYgAsiq7oMqH2RUstQ9UaSkEfbK"
    "Ns1Xh0waK3dzbbDp4vyRQjhCfA7JEf4b615Ra64/Nc8rEDFF0rcdqpGSCxH8rsABnbYo0h"
    "IDuqgSVgTrk2B7G/0KyMzma2SVAwx0EUW8fQM18x/x2yLYawTxDolgwxyseQJTKxC6W2pg"
    "Q9hIQxIu2QtoM7aPtCz+0LC8+A4hBqxoUcUStB6KM2LPBvSRURzpDsKMh/TAD333LTkWlh"
    "8HabPu/bHdht8INEbKvOsUzG9yPFEu43mhRLqAUvWYvqAkMpwQiYSNe1hXyygO/pcykiMG"
    "ioavCRkXdo+Ek/Gazlh4VTeLopkcgktcjnCbWxTQFyk6idoynB+JI825dSHMwCY8HVTq6s"
    "bxDQLCHXgc19Dmz2ycx2HKOiCki1AFWk20qQGs767kRiirG0wk3euBJxJ+9bl7rDmF43XQ"
    "uy+mQbZmWKFkqVZ1zkluWDyXdLF8R5NM0AN0EjT01au3zrTj6ZEuzjBEr3O1oD0YJYNt4S"
    "oNj99DGZaow4zbFr0dlsy730j2iWsYLUZQTCIAHyOBCGF/rmHG99yH3mYz/HU40Xr+WCbH"
    "3OfY5mGStIPrEIWRgzbDuhv+2uuhWT/RLNNV7EIrPv1lhF04wXpiD0XcMn/JHZti/hrZjs"
    "NpprrIgx4j/ZJjEc+rAdWl+iia6jecYIVcS1uELfQhPJO9t8JMG4MgTz7l3xBY1n7Dhk2x"
    "cxAuubmGpMm0spRm8F7RQ7kB5pYNOEimPV2N645I7yH+sRvoimPF/NOMItOQ3FlmwTNjHj"
    "+FDbMB40UqdrgkJTfXt9ZKiRqvlN4kM92+RnNUF4VaeRcfn5LfJ8SmeI/49XaaHUR+TJtg"
    "g0aJ3xP/CqtZ4sMrTVuXVvvn5VehS7TLFfQZZmhPmPxydN6hDzUTV9zEqViPlLZIS+UtuN"
    "DMkIwozyGJ+9bBJPx0dVYiyuFTAOfY8ytYDFFUmHGCccshus268PqF2C1dCPyyWoy57p9n"
    "B9kswnCmWOLs+/XJ6/v9pXrZj32HaWl6AYyRPFctdrVQILRhpmZmgTjYD4P1p4yUV1vqAg"
    "jR8KVw+KOvyyo3doGi48YqFnO5gj7CLMgbRNFHqM+HI9YPsZt5D+95vm0aMUpbbaPVXrBE"
    "/YCSVYV+pa6XidCa6YCb5L/pM4riWsJ+PTruY688ygJt0pYk78A0PZbpYIpom6SIhkbnR4"
    "H56SKb4Pzyxyxn9O8cl9+Pqnl9YREu1W0H34E7FewWdnMzAnzLEzA24ypyEkpiJmO8B9pI"
    "0run6Ge/fe/RAwZFvIZpAKi9ic+kHMEuO7YZc98z8EV+R3PnttEf7z55cW1zT5nU5enrw+"
    "eoG+zW2ozxXARJBfKWZbfaF7N/eN+CA7GhIvU9S38534yKfPEwT5uOKB4PMJYnjJoGknsF"
    "24C+Nf0+HTaKNMD40y6km5W2bk9k3866KDZN+6CJQzzGFROzIRNJEpjqtliuNSC0l49o0s"
    "BDnCERoIBmIQaBQaLlJnNsy46XKBdej/hqH/Dt2sSUSOUGdTDWCNp5LSgTUdwbNEo3NOvG"
    "nim3hT7Zp4U/JMCEVgg0KuRbrRQd2+aKet1NpK3TG0LRXj34+Z6INFFh4NiGsub4lJ/bx6"
    "XzloUmc6slfDDX81fq0V6Q6MF4TxNYqiSjjjQybmP0KI2YVYEgiBA/POI1lOoPoY5uMDqH"
    "Q+x+4DYWD1mPMVKxuH2p16C4MJn17lBIiHj86K3WKQRU0bUzMJX2sK94pihHaU9vtrz/jN"
    "ie/5tiycsBrlApmWatZKNRHrKmNcV+0goei+YNR+pJmdFDrQoS7Ve35coS49cdv9B53ehq"
    "5MCIuv1Epe/0Onhh82binPzDmxQodYiBNy2YdvLSEfPVP/EVmidzs4+rHpU8YQl5Ag5tcU"
    "6f7okLx4eCH6u1t4yWl94lE/OJL55XZ1G2k7+cTxD5KT7iK/TzdW/ytzDi5oox96xMih1W"
    "e+PvM7PfOjAgqSIz+trFB94qctBdef9zdwiK4SdSyo5/57FKryexK/4oVTxzbRf/H/Pn58"
    "//7Tp0/8xJ0RXx5y08qMOvqkZ8e2WD+lgzulGJ+dqvXkCbyqdNVUl8+QaGV+C2X+mX9Pfi"
    "awAPvKR3uRdoSH+0AO80Zu7Xi5iCs5IRotdEypl7nXyxxXGzIWXHSgSq71MuUIdaP2T68E"
    "NvUIyjJlh3b/0PWwnTzT4ECvKHVcH626U1NKOVjV4wwTMOoE4pMmDpaTagfLScnB8kCpxR"
    "RbIeZodO5Lsep9ohhyhFSbTMpINcBFgGcOpf4G6JboNLTlvcslFTtQ3rY5Kg1rqeusT+Ac"
    "Vm05m6fSsBZhjWqNMQgUVTGIFck0sCU2YDORdq3KBwpkGtgisNBAS8nCSHcrz+4tVOikUS"
    "Gck5pCOCflQjiMhr6ppjCkFB0ibM4jP9kQVbKolh4zYklVie9KaTfiET3Li2mbS5AFfwTC"
    "ADqHmIESyFJaDXIZZBOzuejFo3bGFck0tBXQphtwE4BLxBrmamWNnyf+gzLOFdQaaMl+Hl"
    "RgTKdO43HFxeQamHvWhouepxyhJ22gqy7xrJVqRaey6QbrXqTVCeD9Wejy+21y1c9Wz5fN"
    "UW2RLjuclV2TLauTkHUS8vCTkCWcoQ14VzMNkh2sBzfHDnPY8kdAn75eX9cleO+r/+FA0C"
    "4o1QsP890Hbos2GtddxvON6NXPG9Getm/HJoC6ehpxRzbHdlvZTdd8nrFiFLc0aum9i5oa"
    "fR1vJ8QAs0fD5JBs2/2Jz3OJoxoaY8FJKZsmU1XQhffU8FbdIeWwNu9g1LzR5FDOyk1yj9"
    "IzsCoHKXtIrslFMszs2LVJSd/mOBDlVyIi9ICfiEj3FZO9RQv++xJRUUfXEglFkOyARM1p"
    "yCGe+YQgEYmHDu0ACv8yWRLy7m4jTUJOs7JSMHQq8j5zmnQgx65iEPl7YWwSPFsm1OBKwf"
    "0jxG5gB5Js73pss3Qa2rJrNtYildhtgao7WHvPegsd5dVgzZJoTKvaSBQgbsEsl6aXDwze"
    "pla57L6StwaSsYQ27J3jsykVsS2wwl7VtMyYq6oUmtSYtU6bIenARvUVROYVBwy7zBadOq"
    "hoHBJrGc9z4k74Tyq0jOf5Ul5SYZNJdBWFfmkcM58uDOXEvTzVRrG4PbNT7DpxL6DqKGdp"
    "Rpj12z7InO1RpYogKcEI4d1FdU/M1OrUrih0RkSTjAj1IKbRBq2NKXZJ65pa1+yJPrRe19"
    "yjLiS80lWqUOKyXqcJOcm4Jt1nfWqFZiA0lMQQibgik2gxEz7CNqFXLFdmkOdg/ru05+ym"
    "82h1qF/qEHsMVeSbePgIpcf2y5XqMrs7FM038L7sx/HSe96QyShx7cAQfFvRZ1gm1PjW5M"
    "MRbM43TIbLkmrnYRFgmxlRDncZ2QtKHYLdCmEhS1eAdcoJd4VrIkh0q01e3Nxc5xTJiw93"
    "Bcb79ePF1e3hseDHfJAdSczap6j1PK3nbaLnrWJqq5S9XNTtOo1vFfDbTO+LJmepdoYCSh"
    "8R+DREqJ1Dg7izmgl7yIEGa6HvijLhCz426lfPHxpGSlq4tT271hH7pSOKUDsFXNPxmr9L"
    "zky+y9VOzBWBxlPLIFoGGbIMUmAELWAanb7XdIjbtimuKw7Yr3CmMJjS7x8JY/hBLtnlBt"
    "QLdmKosciMbWDOj4eDFMWIa03Qs28HAXGR7a7EKhGvFDVQRTjq/RL1zuW/4oBLZVBnEtkS"
    "yW4XN9DCXc+EO75SLnFUDNUZkhHaqps0463uxVtqxesT0/ZsaVZcXRhJhqizWvEDdgc82r"
    "KGIjVt92xpG5Ex7N/2o8w8vHQoluBb3RkpQ6I7I23RGUm9ncfu23jsucfEcRNH7XG1o/a4"
    "5KjFXKJZeLJaDJXSRZZE+2FKVaTJ98CIIdqgTpmEfHyVCccU7udgFhjE99VikfNUOl62Sb"
    "zssCp9disFDbPoY5NSnwz6c6kveYZMl3rsM/+kYWDSBTFC95EPcTdYavkMetX7tuolI/t+"
    "LJef+SyfQ9+cY7lLOnd9Ume39PhIw8sObWC2jPzXCGgjlzGYB10wGgYTBC2FIJQ47V8duo"
    "HtoKjEEIpLDCHynSuQTGaybHdyba7sl7lS7DeT70MVSTNHNEKTT/uxy5tEgeoA0HV6sbbm"
    "dGDN0SpSNfTjVZF0ZW9d2btjaFuq7L0vDSCqrykV/tPSm3Vy/2pQowIsQhT/gaFv5BKCAv"
    "hNIG7AIu/Q71x5NcTv/O3+HdkM0dDnz7uYEh/NqI/sAHGKFaG8OEvbN9CSf78k/+wiqohQ"
    "Rbp2BKn9Qr1j6R8vNqjJmSfS8v9g5f/QBStJR06S9usOrYLRpLJgTfWhEmUrdZ5GzSlEC/"
    "ClItA5otH5/doPborxUldoc4TaGdA3Z0CuG8h3z+bTbbDIecoRWi3GtMxwsm7yIq/I9Gvc"
    "5/X1ySzkKKr2ui2S6ZCyUsl1Bz+oyBjJ+NGJFzqsSNvMG3ArbTPfW5PRXiSkDt4UqL0QPf"
    "FCZHQUlz/Rtj3mYu/CFZ9rOSLUJVJgO0DdirnGhFTZrbU20zzpG9fwrd44z3yvXHPrLPOK"
    "t7kNP2H0ulY7C9PXea3H0CDp0LV+w4+i+ZvtokMcRe4JP84Roj6iYQCfRm/aEQrmPg0f5h"
    "kf3jvkkifio9AD4VNSxLTtybW/sF/+Qp0Sugqyet0kyKqoiWSCrF5rD2E3Zg7OcohP4sOt"
    "6c7NEY3Ovd2+PyU6QKP4DxWci3SaUzThFLpFyS73sm6gMUo/QiIsK0mGeSJ9vq63JFU2LF"
    "c2JDXvV943iJuqnfnd1cdg1thUUq2lrmwp69VUfzW2oZ76QDnMCL5RUtU0Mb2lUalvEWaP"
    "xIKg0wkU1AomMM5FHPyZ7S/4lemyNtB1p3fSGmy/NFiIXI224QYhrzlCrRSsF6S0RrsjjV"
    "b30FvVlmviu39T7bp/U/LcDyOk2Cd8LIM5O4G5fS025qZqca45ovH1jG2fB+swlErox6Tc"
    "xl6TDZY5TznCZR5otJFk2UtOcW3S0CYNbdJobNLwqUkYI1ZNefHSmEmtYSMZrVpk3MSOI2"
    "wNc+xaDoH6OSZ5mxgPfCKCgkSLF7BEPIJTnaFoK4j+oPCpTzxHfP5IPGmh8d3cZAuLBr+F"
    "kveYyPoKDl/RPn7dRGXho2qE6Vhp0TXI91WDvI9KokQHjznUgGvPCA5Uxrm6TnZKsFWV7J"
    "6piTWo7qRI9rDUxk55+TDViSbJC3PqSENFq3naimJ8tpjTJifGafWRcVo6MxyCGdQTDWzJ"
    "uVz/VhVIdcZif7Ty6D0qqY9703Gs0JTXIIovrdNo0kEN9Jh4OGKhOYc+RRgd/4yuUdT5F9"
    "EZug/Pjn82+c+fT6b8p/nT8X342jR/lukr202mPa398rSyx1BJOo6Gj07Za78+iPhXAdlk"
    "/Ah1uh24rB2bH7QSva5a38iQdN+X5+Bvs9CN2sRNQ9sJbJe9gPv9fVfqXteKCEdDqc1XMr"
    "5DHZsfQm9+et2Nft2yFUPXJG7vKFyhahG+q23VwJcCla5XUYQV6og9SY6+C0q5euRWhr7H"
    "RAVAp5xqV4gm4ka3/Pfi5uY6x38vPtwVOMHXjxdXt4fHgkHwQXbkmKlwgO1Ng1nQSygsL9"
    "dh4ouTNVrMgqbV6Rs5ZPjYNOKTIQAW4kBNB9sLroiYNPSo+w7x69D7IPQ84v9o8mMfvCcL"
    "HJhziB61H1x+mSG4IHXI7OQmWvHpl+Kj2kmh3SYKo1Z9YPpQKp5X7tosyUZHas/sZG0fqo"
    "pwbgXlqKWTxO8xVfJx56m0iq4jGv/KRvTcMuOFh7mwoxbcVqDS6mmD0k8xZGWU1Us/ZaYa"
    "GMhN49sKG2yL0k+RuL9lRaNLMcnwxJgquCWVjNpTLW+JRcjiF2w7oS9VL/MDJnUqpi+GGr"
    "PM2CZd+vwlCiD6zqEUUgkd+5GghzCK0EGHC+zMKGQSTtAUWyjAD1A6J25AKdTHo4norgGh"
    "eQ41H2kojfzb1W3Wq5q/5irJ8YP2N618dql8xi2+iVJSTY5ohDLoDipw6BIRo5Q5dfVW3f"
    "GsbwJnTa3Ry/Mvl+fvr/aVUHFLFgCeLxel4mtrpKjMqEY9zzwHgtQtlFCiw5ntswDkFceh"
    "zz+GHsgyz/iR8F+PhBRDOZm55OwEYojgjzkNGYHQRXnXs3Zvce/eu+fxRZsJkSrtlAx/eF"
    "yStCMPPtctCJr5dPEOHSbLPolIJwhq6R2tMjRE3ga+d9MbwaWogmL83Fywe7ZNUni+Zy4W"
    "ilFw77hfG39mZs6JFTrEr2zRnJfsxGRGnKEhyvz9pp0O+3Q6ZNejsfExSzRCue+0SZ7NaX"
    "WazWmpNIAugLnDTA+Lcxx1wXpFNb5cgzHJ1i7ZyGafIdNB731e3z4mxI2vETuEinCx7FEW"
    "WVZz0OfJRlcDqP1IA52q8xfhWo+2Z6jX0yqQje6Far+HLNRL3OD4z5DpF6nPL1Js0wBhTU"
    "kIKNKN7lVqXwigYTCl3xW7YWVpdBycpI/4HtPVerRb25ek/ggxF4UCiWGqcrNmSXSgYXGn"
    "JhWWFoQjo9YkvEQ5uv3bvquXc06TqmVcZki602wHe5rts3NI3w61He9lRoLA2cgMl6fUon"
    "ifRXEdIF39go23eI+OXdGxKx1DO+zYlSD03duoiPqBNIAlO2BSH8UCQw0/M7ZJymkMTtxV"
    "JKAomicueMPeRbEiNvMg9ZOPY8S1GGKcBsI5IHGUOg4xAxi3kOabtn8HnWzar7iPeCUVkM"
    "1QaDuQxA40CDcm9SJP3hAVPi2eavFUi6daPO23eLrvYvVfiP9km+SaPsiE08zVWsmUReMM"
    "Jx7YQCxdBTm7NCDo8D58Y1kz/nNmTfnP6fTlfXg2Ozs7Qs++HQTEha53fDPNZghPocs7Tu"
    "VOmUza9vRaIO2XQMoPgblic+KUYoRRsu2XPwjId4ngdMc/lcObjB8FuHUC0dW/7nKyUKn6"
    "YCoPXd98+vdkeLEkoZZVtayqZVUtqw5JVt2zKfULSGdSKVVcqBdQ0yENRNNv5JIuUMiFWv"
    "RsB3MuCvrUIW8RfXYhUS5jyKQ+VNPzbbkMuvE8LQub1aykfQ6yXujMlBIWd4Ifp/uoI7yG"
    "pdRJn8/EpAuo9+artRUt0o2uFl/7cqguQ75DcIEfqYCbjB8huO1HwcQcXVW6y1FtwZp75k"
    "DZjWwXgdWGaLeaaZC4rhfscvsqJ9fxR0Cfvl5f71Gwi7+1TLRLCpPVCnfpoLXi3d2coJjg"
    "BwaiGIKYM44wQ4fgjfbp89FbLo25AZ9mAgUWfDZBmGuholklVKWH4lZ+6BBWFvpan13bHf"
    "tld+y/OAJ9IsxXp/fhT9j6uRvnbfuCCdQjDEJZgetfHIor9nCWqID3DKgGy9xlsL6/+Xpx"
    "fYU+315dfvjyIe6Iklq3xEX4aFV9//bq/LqIMnUfNoA5S6VxboAzhFEwqXG3Ju48Q9Mh83"
    "j55u3Ll91wjbMGTOOskmeclXPWKSOqKOeIOoT55HjQMFvGMyGPFl4qdbCSkOpOVvW+pE1a"
    "6kYog8tnk9VJ6fTStL80dLGAxmG24srkyfTCtL4wPrbskBkLBYUpS6IDXMsBrgvbNaLcOb"
    "X2ZCU6nZlb7vsW1XXkCKk21ZORaoCLAHMthvoboFui09CWoPUBHcBJJZmgQNUdrMcDgdUh"
    "2DI46wylQl8lrkWy7oB9PZQNiy2LCw5KmRoZktEVPjh52aTYKR9VXbPpZancqccxUrKqpg"
    "Sjw7f9wijCx2DIwzmrEc5TjQ7m40bb+LhmGx9H27jknNyPC+0Os8dLPsuBxIeWXpvUOdEC"
    "Psowk2FNesxwAgQEkM4ZQBYnToKYRC1w7CIhx79Dv4u5bet3qB0ugqJ+SMqLRxPYkgrpbd"
    "8A6qODZw7irzziokOY9GiCsGkS6EkCKQKvX+Gz+/Ds1dkZvxDZQ9ChBX47iN/i94krrvyO"
    "GF4yNKfPb1FaWGxy70KXHuh2w7l/XOdc/IEZsx9c+N0EJ7TDPz7Szr0eOvfibaTCJzMkow"
    "vmOj5p0gaej6rJyiy1ghfvoArCKcEo017/InWk9nfQt9+TKT4wNkjWKJDq8ka9Lm8U+UM2"
    "SMnJEuo17vMacz2SX10Qy8aK536ZcnyscxfHf4Rb6EvKna8DOyYaHc5njXTRsxpd9KxsUt"
    "EZhdXojzijcL8h531b6W2Sf4qVQ9XKYGdIdG/w9b3BBV5lfJWj+G+SeQYGb9Mg/uy+kqdm"
    "SrhBC7g2z44YKrI16RF7Tnu9s6GQ2iX/40Bm3F1dndSad8U4w0wGNmuCyaEF0yhQTRAL+L"
    "axEOUnJ8IM2QFDj2TJP5nxBSC+GFzR6VJ9HtHO0kWhy6DnZGTEZQijKcE+8dETDSFxVnSn"
    "FMUFMf+mmJG4NSU0qmTQjfItJ3EIhrKEsBpRS01874II8KN4Ar5L/SUYZl0aoKjbOsIufw"
    "sgDyN0HcKiZprw7IgRLh0FyYwBpehwTvibc+9+46f/7QXfsJc376/4rr28vbqb8O/lBYiG"
    "AbM5cfY5j16gO9GUEzpninadGErOTCEfOHmYKZ82QQ4/8L37jn9tm+MQiFyRBX8GTuKSZ/"
    "ii2p7cQ3tyZkOrqDsFstHZlXeQxyre243UnQKpttf02V4j+KOaKJ4l0aK4JMAlfQGmS0W9"
    "sUyp05Vr1RyxF1sQx1dC30Uy48A2cVOxPPv2VtRNrNjLbWg9zcv99HP3roW3/Ab3qjhlcZ"
    "/X6j/pq9BICTLSd7FJrIuQxZAfutDDHshZ2u4+mhN5/AtH8jnoDVxE51vHYwi0kSVXIxKg"
    "BbEs2GUHd9DaQL+0AVjAVAFv7PrIEo2w7Er78Y4mDWXqVuX2Tcdr6VAiHUL1XJX9mowfnZ"
    "duJ4HPia9NJq7UJC3nqEbIFNo3EGh36DpZcRT2AZCONlrlHKG2AfVtjRWi7LOCgCVLhrqI"
    "yX755y1x0sJR6xTt4b7YJSXwz92rbFdu4C8PKtW16PKkgapG0pGNHFYL+kSg9SwoUdEMLC"
    "q9Cr6XZ+xwxRZNsQNqP8KzgPhcj5K7rDaeSWtd/dK6+M4KsAKu6XitDkjUgXjLG2LLK1nh"
    "C3QaXQm6j/x7qCgCyfgRqgA7iNtfgKKvmNGfJ9Lp/MUdq7tqd7eBIZGQSjZvTbnmlEKbY5"
    "qYY7h8qdhTKCEYIQf+qxthOhWCxxuSHulKajEbORotKa6Pn44Aa8HlHenn39LpBgZzU793"
    "boP10OV9TYODSusJXJw0sJ04tGGP8LvYvhEFofq+/SSCWyMDBjrEwvU8EdUXIH4Xowcfu8"
    "GRiEIl3z3bJ+loSUX0lifX9pV+2VfEchEVZDMUmrdLA/IWfG64Y3NMczQaVQmqES+R14eu"
    "Fz7zlNo51DfnUK66CA19U628SEoxQh1uB02NBqXDdQu9VuK0ErfuSNJKXE+UuBXuIds2TE"
    "CkHUeof2VDZF17DBX4zOc6qNR1xdVJA2XXSwY2iebmY8Gv7/nEw7aFnjH47xMvfxJ27fnU"
    "Cs0AHZIXDy/Q8Uv0b+gYTakbsiNpAHcrk2rttl/arWq4druR2j3K2Ww/Tps9hkpyejR8hE"
    "J6+9D2v0ndgL1YMUtXYLYZCi0Hy4KK4PxTwDMdr+MxilCKghKKMS45Gr1BJag+YceGzliy"
    "dmeVsOaJusP11euzgcDKxXT7SXJQXVDqEOxWhlzERAVIp5xqV5gmcle31teLm5vrnIHo4s"
    "Nd4Zz6+vHi6vbwWBxfqxaUFaaGfXo0Y2tEpaK3slasVfVWdpImyp4ZJ3H/wKqUsXfo9zg8"
    "9feoFA9BLFyALhe6ke3fQg4NJN2eW59dov79emBm0tBBCv5Na4R71Ai12rIztSV+T1QkwR"
    "WFlgWLx2vCN1SrgebJdDnQeqt9ljtvabdXqDfSU2jXl1nMb64trPaQGSbto6qe35emo40E"
    "9BwXANmiDZDiqLOxQLRLifeccI1aWq0mvlIr5eLVmHXibTUM2o/QL6nxifjMVkveyJCMUH"
    "o8OWvSl56Pqs7fOCv1poeXSgHhePgI0W2tvV2+sI4bEFlpnbrO5SlJ913L9yNJttaffK/m"
    "mz//H36T+no="
)
