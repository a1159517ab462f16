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
    "reminded_at" TIMESTAMPTZ,
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
        DROP TABLE IF EXISTS "payment_entry";
        DROP TABLE IF EXISTS "payment";
        DROP TABLE IF EXISTS "payment_refund";"""


MODELS_STATE = (
    "eJztXXtz27aW/yoY/1N7Vs3Ejp2myZ07Yzvu3ux14ozjbO5u3WEhErK4pgiWIO1odvvdFw"
    "d8iA+QIihKIll0Oo4t4oDUD+DBeZ//PVhQizjsxblpEsbu6CNxD96i/z1w8YLwX2SXJ+gA"
    "e97qInwQ4KkjxmMx0AjSkVMW+NgM+LUZdhjhH1mEmb7tBTaFWx2co2/kco4DFJEiQYrYHP"
    "vEQtMlIk/EXyLPp3D1BcxpUZNParsP7chD1/4jJPwRH0gwJz6f5Nff+Me2a5HvhCV/eo/G"
    "zCaOlUPjkSxhBnHBCJae+JDf3f9FDIVnmxomdcKFmxnuLYM5ddPx/Nnh0wfiEh8HxMpA44"
    "aOEyOZfBQ9Lf8g8EOSPqa1+sAiMxw6ADBQR4+w+uzAMD7d3Blfru4M46AEfkKRATT+yKQu"
    "LJztBkwgsMDfDYe4D8Gc//n69M/oPisgolFww/88v738x/nt4evTI7gh5asfbY1P8ZUTce"
    "lPMQUOcDSJwH0FdLp/mkKdEnQDdvLBCu3V7t093C9fNsH75ctqwOEaIL5CmHz3bJ8wAwdl"
    "mH9xKA7kOOfJCmDPgG6AcNeg+/7m68X1Ffp8e3X54cuHm09wl8WS/eGsLsJH/AM7EBjcXp"
    "1fc6iBhcweM3sbPphi8/EZ+5ZRukJPaNXY8qXFyaL4CXbxg8ANviB8nYRvWxZfLSZl6fGl"
    "enaeGdSAk3N6W/DbmO4doi5BHvGRGbKALvgvNmfRc4LiNZTx83aTbMDVbav8Cnz9+uG9/A"
    "2IRhd2fhja1gug2Q5nP/jbLHRNwBmJO8GP078f7P51EJzm1WvBaDzKggdfXBRwrWHp/OsT"
    "R4WlpwS7Y+kH9+HZdPp6W8Dm2frx6wZc/fh1JVOHS3meHpDvEm5ec2jG40d4Zp40OjNPas"
    "7Mk/KZadLFgn/dQEkIzBHtcCvvZhN3JQquQJ6GtmPBAyhgnKUZHcTd8wnYjirwJuM1tGuh"
    "9SldqECbjNfQroWWaxfUL2P7wa1QVdLxBWz58zbANpbBenO6PcBD/HhyfPrT6ZtXr0/f8C"
    "HiOdNPfqrB+8OnuwKYc8wMx55J2MAFpQ7BrhzTLFkB1imn29aeTQTi3Qq7Fzc310LfY7G+"
    "d/HhrrBdv368uOLb+CivA5bhdnBgB6FFlHTtLFFLTbtnu3gLinYOZeo+tIA5S6VxboCzzd"
    "JHVmMfecIdMpD0k8FyENMngInUXveeXwnsBalQQHKUBdCtmPRF8ssQNT/+Ba0b11nGL2LN"
    "gtx9+Hj15e784+fcqrw/v7uCKyf5lyH+9LAopKSToG8f7v6B4E/03zefropGkXTc3X8fwD"
    "PhMKCGS58NbGWsPMmnCWr5VY8tXoaajapA1qWxqr+cbY1tqmSRLaMsOTaoT+wH959kKYD+"
    "wJ8Fu6bspIitqpeZqYYJ7erT1R718XNqNy1uLo4B/+Yk4luX518uz99fHfy5J3O3Q/zgCx"
    "GPXjZ4pxcntSZvGGawZNxaq/eNS5CgQXhKw0AYq4M5BxodYhdR3yL+BGFObTuhT47eCct1"
    "tObokSwTWza/ofUj5XsLPYQch7JhfIv3kdjOfz145NsQLvpkdvDbJqb0SgVNypwk2lm8Cf"
    "vrHO1EN6u2nCcr0djtHI8fo1m3ibnxpNrceFIyN8L2VsA2Hj5CaLu35AqeZLjhYio7Wqsx"
    "LtK1ArtnGtnW7Y7EtD2bwN2aM+A8USszWas9/bLXjHgFKggBLRSuDNkIta2BaFcJJiX1qi"
    "+RGZ5dHW2XXKsXVD1bLc5uSrBP/DhCbkZ9IQ9ia2G76PzzB/RsB3MuQPrUIZHwGA20A0ac"
    "GYiPLsTSIS78+0Qin25hfh3T0QO9uU4yFf8qnOzJ+BGKT6dN4g1Oq8MNTkvRBvCiqLkSnb"
    "GCu4VQGeA9xhyzuQrEeSod17tWBUhsz1O1kJkc1Qj38/aA1u6B0QmsTaO265e5NnC7zTL3"
    "TMEe0yr75IkfNG1e5jylXuW+rXJflM/QsoNr+nAgUz6Ta5Na5RNGGU48bK3y+W1OkTnHLn"
    "8a9DzHwSTSBoVDIuC7j+uOXGHk2qJrITwLiF/WL9tN0bEKqX0ZG/oy+C6RBfFVy4IpgRYD"
    "G4iBWBgUFPGNKbYF8P70mdM3TXTyN9U6+ZtS1pwbKIb/ryhGuIFfnTQA+NVJJcBwSQawNN"
    "xlHcbyYJcxwLyFJAtxVpYx/o8vN58qUixSiqJUaZsB+j/k2GxcgZIARU6UTPA8/Hj+ryLU"
    "l9c3F0UZESa4KPJnEExUYE8JNOrtUR+WcWSn5+W4Qid7ol5dYAeiBM9Nk4byWLTCiEmdqj"
    "WNxho4M7iBty8J0/uBxS419ISdkCDbRTPiyvx3DSi0OtUvdSrZGzNZtYxKdAtUOvCjFGzf"
    "u7Drve7iDoOuqxlyTgfwbSIJZLqICX/55y2B5Cip3prnsFd8ruUAFYCqYOw/y+dWkzj2G5"
    "fcUf5jB1HsfdipG8Ww33LJ4/bD5V0hiL0LiSDajdXyQLpb10sDJB3aKEJ9QZ/IgtMgOssf"
    "7qkRNZ44sp0iW1KaZYN5tNzQL7mBbyu4oiQ15Gh2JzP0HuWyNCa2fkuZLEerUZagrNMhth"
    "gXpWP2dxmzj5mas2ZFMbp6IVsp2KS9jTroTOekd5yTHtshpbaRSvEmT6TlmliuqUlKz5h7"
    "8xgr56SXjc0DQ7qpVp/fZE2U+t25BELzkQR1HoHcgEmtCUAMVfMHRNMzhFdFVOeUP/iE//"
    "OM+GMvQaPnuvkCmdiH4qvIw7aFLMK5hx1MRFhVAHW240/K5oHt3EJbDvplOZjH4DWENRmu"
    "fQxFNRb2vhG9yio5u0UyDWwR2Jh7KFu3clQaVu0TG59PTLAN7RLTLrE+uMQym7FSHm7iEI"
    "uk4Q38YfFpiqi/kkVTd1YsZSu4xdSn0zJu/2RcQ7i7FCXdFZG2cMiKDsOgihDYelyrwmA1"
    "rlnZtZ1XV0Krpd8qiNu4dqW0eiOv0YmVGYWcWOOsXejahT5WrLULXbvQtQu9DLZ2ob/VLv"
    "QBLPFgXOhF7+zAgB6BB/0SL7iE/yAtmJlem9RZCs3sqAYZdJ5PFxT+fIum4RJ9Qg8kQB/R"
    "zCd8OPXB0U1Dj7pg9JvZfFUhTY7/MZuI6pfYRVAlhYhgeChKAj1MbSotnbnNW2nrYr+si7"
    "po5hblKa3ZblHbSniMkjqQodmhxgWlhJfUJbvRvLqHmj2GKijHw8dnMui+wgw/X40/QlxR"
    "yKc6P6dApptKls2KIK60wbZEp8Etg4sXQjJXcz3kiTSsZVgXtms8UGoxRWRLdNpnVoT2CT"
    "u2ZVh4qRLfmCfaHaivhoIqHI82Y6EsGKx6t+aINB8owyrQUVJ3UwL95pca5wTYD9pUqc4R"
    "jtCmPRAbdoJJfS1y12pViHxFphe41wsMpWGfJMp+bYvnFZHuD9+8uzN/KVo5AbN0utp7n1"
    "8mlwZqVt94vI5SaBKloPvM6HiFfUM/dG7VKi8pcktumJd0KSYZ7pKXU5LK8YAh2zR76wbm"
    "yXq6xwiWyb/rhjh9Bl/6Jf99TBhtNbKC//OFcP4sLUyQuTqpja7gHxlsNXBtgMXdHEoLc4"
    "3fiVb0B4ZgDmhWP0ELzH8Tbeqf58RF3zhTvL3gAF/evL/iKF/eXt2JlqE0QIxIkrK6nlwH"
    "UfQriEIUnVSR9VICLeZpMU+HpbaR+rZ7Bi08Jz7wJEdQcnHNCZQdplYiP6WdIOrxMyF0A9"
    "uBxmKzGTIdyog09bfdFPos6ddZEpDvEjZ3xz+V45qMH8VJUse+rv51l+NcpV4sKfe6vvn0"
    "78nwYoMWnR21tyCyAAehRJuqiSNLKXbWDe4AmOVuTI/HTYLJjquDyY5LwWT87OXYyXvuVT"
    "OQPNUILLy7ZiJaPP2riKf9rkDV37NbtQZVk4pJyllTm9RM6ge026iatEOdyn0iPsPxd5eo"
    "VZnrk3rNqjCyiXI1x4HoJMYX/S3CCG5u8T+JN+F/sQV2HGT5eBaIjCVhiLMD5GCPESbVtD"
    "adT6J2/XoAHaVdIgITQhYt429aGdujMpZZkMZu3BXJKFSyvNDapIdxdQvjUgfjZJcr4Jsh"
    "GSG+3RtPBYtS1bp2HexhW86OkqO6T+ERbL4McHUX3ZRgoy667YD+2yx0RY91NA1tJ7Bd9g"
    "Ju+/c96GJbaa5Lvns2v9wmeC1HqcPX+hYQkjs2PKulxp2n1Bp3j5e9FI0B9fvVzLQrivEZ"
    "aE+biGKn1bLYaUkYE7UthZ9I9a3KU2re2Z+XqGduVRFZJ1X+k5i7OrU/HdNE4Y8qlER5US"
    "igiLpk1Qpk5tNF9EkcwYYOcYAWHGrxKcHm/GiCuKphoelSfCQ8PlJLwNZuJDcRZELuUuOY"
    "NhLs00iwr1zo3okeOhl6KCmRPVKT+raLh37W993lLrP+pMnLQ4xriJ6+xauUI9RvUq/fJJ"
    "DQ2pgbmE6IHMT6JmK1WhHUApWW4gbRqau/r82aOIly5KLSbs2S6KIrkn4PkKpliMwhJVxL"
    "dBrctcWQs2aMTeN6xpeEOCnG9eTPmYq4HhnX7QJfHTdVxnf1zneAsEqOaM/YRFOESzyyAc"
    "bivOoA3ptknnFCmz3Wc6jyB0Cfvl5f7y/iL/RtYbeW2fvFpckag386qIHFn9PbUGcXxXTI"
    "B+s6TIZsF30jl3Qhs983Jes4T6pa8t1Ha9pMXIi4E/w43UdQyFoJuNoM/0xMuoDKBr5aQF"
    "mRrhvD1349HluOKdNF47cIrjePK4U3RTclGEHuTrE6UwNwT+pqMxXB5Xf3DBN72FQrCl2i"
    "252t53goTiVdoW9nFfo4Tmxuy8JOa8HOkmm4m8Pt2cQkBsCi6IouE2pftNQyVK2hFPTBLs"
    "pWjUcXLHp7Z7PN4PmSTDFCeALMHvkR7lsbbqE7Ps8lHztA0bUSp62aARL7ocwOkLEt1hgC"
    "sqMaWALmlGtzEPsLzcrobGabBAVzHESxdQw98xXz3yHbYgj7BIFuyRCjfAxZIhO7UGprSt"
    "BDSBgj0g5pW7iDti/03L6w8AwoDqFmXMgRdRKEPmrDAv+WVBHhDMmWgvzHBHD/LTc7Mi0M"
    "3m7T5327BbsNfpCIbdU5lsn4fqRYwv1Gk2IJteAla1FdYCglGAET2XVtIZ8s4Hv6XIoIDB"
    "qqGnxk5Ds0/KSfDNbyw8IpPN2USGSSWuTzhNrYpgC5SdTO0ZRgfEme3UspDmaBseBqJ1fW"
    "WwQ0S8h1YHOfA5t9MrMdx6ioAlItQBXpNhKkhrO+W5GYYiytsM0bVyLeyfu2S91hTK+brg"
    "VZfbINszJFB6XKMy5yy/LB5LuhC+I8mmaAm6CRpyatXb5xJ59MCfZxAqX7Ha2BaEEsG28I"
    "UOx++phMNUac5ti16Gy24V76RzTLWEHaZQTCIAHyOBCGF/rmHG98yH3mYz/HU40Xr+WCbH"
    "zOfY5mGStIPrEIWRgzbDuhv+muuhWT/RLNNV7EIrPvxlhF04wXpiD0XcMn/JHZpi/hrZjs"
    "NpprrIgx4j/ZJjEc+rAZWl+iia6jecYIVcS1uELfQRPJO9t8JMG4MgTz7l3xBY1n7Dhk0x"
    "cxAuubmGpMm0spRm8F7RQ7kB5pYNOEimPV2N645I7yH+sRvoimPF/NOMItOQ3FluwSNjHj"
    "+FBrGQ8aqdM1QaGpvr0+MtRI1fwm8aGebfKzmiC8qtPIuPz8Fnk+pTPE/8ertFDqI/JkWw"
    "QatM74H3jVWk8WGdrp3Lo3X78qPYpdptivIEszwvzH45MmdYj5qJo+ZqVKxPwlMkJfqe1G"
    "hmQEYUZ5jM9eNomn46MqMRbXChiHvkeZWsDiimSHGCcccjdYd18fULsEq6Efl0tQlz3T7e"
    "H6JJlPFMocXZ5/uTx/f7WvWjHvse0sL0ExkieK5a7XqgQWjDTMzNAmGgHxf7TwkovqfEFB"
    "Gj8Urh4UdfhlR+/QNFx4xELPdjBH2EWYA2mbKPQY8eV6wOYzbiD97zfNo0cpSl21e6rWCZ"
    "6wE0qwrtS10vE6E1wxE3yb/CdxXEtYT8anXc115plBTbpTxJz4B4ay3SwRTBN1kRDJ3Ojw"
    "PjwlU3wfnlnkjP+c4pP78PVPL60jJNqtoPvwJ2K9gs/OZmBOmGNnBtxkTkNITEXMdoD7SB"
    "tX7PoZ7t1790PAkG0hm0EqLGJz6gcxS4zvhl32zP8QXJHf+ey1RfjPn19aXNPkdzp5efL6"
    "6AX6NrehPlcAE0F+pZht9YXu3dw34oPsaEi8TFHfznfiI58+TxDk44oHgs8niOElg6adwH"
    "bhLox/TYdPo40yPTTKqCflbpiR2zfxbxcdJPvWRaCcYQ6LuiMTQROZ4rhapjgutZCEZ29l"
    "IcgRjtBAMBCDQKPQcJE60zLjZpcLrEP/W4b+O7Rdk4gcoc6mGsAaTyWlA2s6gmeJRueceN"
    "PEN/Gm2jXxpuSZEIpAi0KuRbrRQd29aKet1NpKvWNoOyrGvx8z0QeLLDwaENdc3hKT+nn1"
    "vnLQpM50ZK+GG/5q/For0h0YLwjjaxRFlXDGh0zMf4QQswuxJBACB+adR7KcQPUxzMcHUO"
    "l8jt0HwsDqMecrVjYOdTv1BgYTPr3KCRAPH50Vu8Mgi5o2pmYSvtYU7hXFCO0o3ffXnvGb"
    "E9/zbVk4YTXKBTIt1ayVaiLWVca4rtpBQrH7glH7kWa2UuhAh7pU7/lxhbr0xG33H3R6G7"
    "oyISy+Uit5/Q+dGn7YuKU8M+fECh1iIU7IZR++tYR89Ez9R2SJ3u3g6MemTxlDXEKCmF9T"
    "pPujQ/Li4YXo727hJaf1iUf94Ejml9vWbaTt5BPHP0hOuov8Pt1Y/a/MObigjX7oESOHVp"
    "/5+szf6ZkfFVCQHPlpZYXqEz9tKbj+vL+BQ3SVqGNBPfffo1CV35P4FS+cOraJ/ov/9/Hj"
    "+/efPn3iJ+6M+PKQm05m1NEnPTu2xfopHdwpxfjsVJ0nT+BVpaumunyGRCvzGyjzz/x78j"
    "OBBdhXPtqLtCM83AdymDdya8fLRVzJCdFooWNKvcy9Xua42pCx4KIDVXKtlylHqBt1f3ol"
    "sKlHUJYpd2j3D10P28kzDQ70ilLH9dGqWzWllINVPc4wAaOdQHzSxMFyUu1gOSk5WB4otZ"
    "hiK8Qcjc59KVa9TxRDjpBqk0kZqQa4CPDModRvgW6JTkNb3rtcUrED5W2bo9KwlrrO+gTO"
    "YdWWs3kqDWsR1qjWGINAURWDWJFMA1tiAzYTadeqfKBApoEtAgsNtJQsjHS78uzeQoVOGh"
    "XCOakphHNSLoTDaOibagpDSrFDhM155CcbokoW1dJjRiypKvFdKW0rHtGzvJiuuQRZ8Ecg"
    "DKBziBkogSyl1SCXQTYxm4tePGpnXJFMQ1sBbboB2wBcItYwVytr/DzxH5RxrqDWQEv286"
    "ACY3bqNB5XXEyugblntVz0POUIPWkDXXWJZ61UKzqVTVuse5FWJ4D3Z6HL77fJVT9bPV82"
    "R7VBuuxwVnZNtqxOQtZJyMNPQpZwhi7gXc00SHawHtwcO8xhyx8Bffp6fV2X4L2v/ocDQb"
    "ugVC88zHcfuC26aFx3Gc83olc/b0R72rwdmwDq6mnEHdkc2+1kN13zecaKUdzSqKP3Lmpq"
    "9HW8nRADzB4Nk0OyafcnPs8ljmpojAUnpWyaTFVBF95Tw1t1h5TD2ryDUfNGk0M5K9vkHq"
    "VnYFUOUvaQXJOLZJjZsWuTkr7NcSDKr0RE6AE/EZHuKyZ7ixb89yWioo6uJRKKINkBiZrT"
    "kEM88wlBIhIPHdoBFP5lsiTk7d1GmoScZmWlYOhU5H3mNOlAjm3FIPL3wmgTPFsm1OBKwf"
    "0jxG5gB5Js73pss3Qa2rJrNtYildhtgWp3sPae9RY6yqvBmiXRmFa1kShA3IFZLk0vHxi8"
    "Ta1y2X0lbw0kYwld2DvHZ1MqYltghb2qaZkxV1UpNKkxa502Q9KBjeoriMwrDhh2mS06dV"
    "DROCTWMp7nxJ3wn1RoGc/zpbykQptJdBWFfmkcM58uDOXEvTxVq1jcntkptp24F1B1lLM0"
    "I8z67R5kzvaoUkWQlGCE8G6juidmanVqVxQ6I6JJRoR6ENNog9bGFLukdU2ta/ZEH1qva+"
    "5RFxJe6SpVKHFZr9OEnGRck+6zPrVCMxAaSmKIRFyRSbSYCR9hm9ArliszyHMw/13ac7bt"
    "PFod6pc6xB5DFfkmHj5C6bH7cqW6zO4WRfMW3pf9OF56zxsyGSWuHRiCbyv6DMuEGt+afD"
    "iCzXnLZLgsqXYeFgG2mRHlcJeRvaDUIditEBaydAVYp5xwW7gmgsRutcmLm5vrnCJ58eGu"
    "wHi/fry4uj08FvyYD7IjiVn7FLWep/W8NnreKqa2StnLRd2u0/hWAb/N9L5ocpZqZyig9B"
    "GBT0OE2jk0iDurmbCHHGiwFvquKBO+4GOjfvX8oWGkpIVb17NrHbFfOqIItVPANR2v+bvk"
    "zOS7XO3EXBFoPLUMomWQIcsgBUbQAabR6XtNh7htm+K64oD9CmcKgyn9/pEwhh/kkl1uQL"
    "1gJ4Yai8zYBub8eDhIUYy41gQ9+3YQEBfZ7kqsEvFKUQNVhKPeL1HvXP4rDrhUBnUmkS2R"
    "7LZxAy3c9Uy44yvlEkfFUJ0hGaGtukkz3upevKVWvD4xbc+WZsXVhZFkiHZWK37A7oBHW9"
    "ZQpKbtni1tIzKG/dt9lJmHlw7FEnyrOyNlSHRnpA06I6m389h+G48995g4buKoPa521B6X"
    "HLWYSzQLT1aLoVK6yJJoP0ypijT5HhgxRC3qlEnIx1eZcEzhfg5mgUF8Xy0WOU+l42WbxM"
    "sOq9LnbqWgYRZ9bFLqk0F/LvUlz5DpUo995p80DEy6IEboPvIhboulls+gV71vq14ysu/H"
    "cvmZz/I59M05lrukc9cndXZLj480vOzQBmbLyH+NgDZyGYN50AWjYTBB0FIIQonT/tWhG9"
    "gOikoMobjEECLfuQLJZCbLbifX5sp+mSvFfjP5PlSRNHNEIzT5dB+73CYKVAeArtOLtTVn"
    "B9YcrSJVQz9eFUlX9taVvXcMbUeVvfelAUT1NaXCf1p6s07uXw1qVIBFiOI/MPSNXEJQAL"
    "8JxA1Y5B36nSuvhvidv92/I5shGvr8eRdT4qMZ9ZEdIE6xIpQXZ+n6Blry75fkn11EFRGq"
    "SNeNILVfqLcs/eNFi5qceSIt/w9W/g9dsJLsyEnSfd2hVTCaVBasqT5UouykztOoOYVoAb"
    "5UBDpHNDq/X/fBTTFe6gptjlA7A/rmDMh1A/nu2Xy6Foucpxyh1WJMy+yTBaDYxjpVINWv"
    "c5/XGSSoNgx7RabXt8/r65NZKF5GNR2pSKZDB0ul9R38oCJLJuNHJ0bq8DHtG2nArbRvZG"
    "/NZHuReDx4k6/2NvXE25TRRV3+RJv2Eoy9SFd8ruWIUJdIgd0AdSvmGhNSZffl2ooCSX/A"
    "hm9163oCe+WaG1cTqHibu/AHR69rtVM4fZ3XeoYNkg5d6x/+KJr82S46xFGEpvDXHSHqIx"
    "oG8Gn0ph2hYO7T8GGe8dW+Qy55Ij4KPRA+JcVqu55c+4X75RfWqb+rYLrXTYLpippIJpju"
    "tfYE78bMwVkO8Ul8uDXduTmi0YUxdO83iw7QKM5HBecineYUTTiFbkWzzb2sG6WM0o+QCM"
    "tKkmGeSJ+v6y1JlY3plQ1JzfvS9w3ipmpnfnf1MWg5NpVUa6krW8p6NdVfjW2opz5QDjOC"
    "b5RUr01Mb2n08VuE2SOxILh4AoXTggmMcxEHf2b7C35luqwNaN7qnbQG2y8NFiKUo23YIr"
    "Q5R6iVgvWClNZot6TR6l6JqxqCTXz3b6pd929KnvthhI77hI9lMOdOYO5ei425qVo8c45o"
    "fL2Bu+fBOgylEvoxKbex16TFMucpR7jMA402kix7ySmuTRrapKFNGo1NGj41CWPEqikjXx"
    "ozqTVsJKNVi8mb2HGErWGOXcshUCfJJG8T44FPRFCQaOUDlohHcKozFG0F0QcWPvWJ54jP"
    "H4knLSi/nZtsYNHgt1DyHhNZ/8jhK9rHr5uoLHxUjTAdKy261vy+as33UUmU6OAxhxpwjS"
    "HBgco4V9dDTwk2qobeMzWxBtWtFEMfltq4U14+THWiSfLCnDrSUNFqnraiGJ8t5rTJiXFa"
    "fWScls4Mh2AGdWMDW3Iu179VBVKdsdgfrTx6j0rq4950HCs05bWm4kvrNJp0UAM9Jh6OWG"
    "jOoR8VRsc/o2sUdXhGdIbuw7Pjn03+8+eTKf9p/nR8H742zZ9l+spmk2lPa788rewxVJKO"
    "o+GjU/a6rwMj/lVANhk/Qp1uCy5rx+YHrUSvq9Y3MiS777908LdZ6EbtAKeh7QS2y17A/f"
    "6+LXVv14oIR0OpnVsyfoc6Nj+E3vz0ejf6dcdWDF17urujcIWqRfiutlUDXwpUul5FEVao"
    "F/ckOfouKOXqkVsZ+h4TFQCdcqptIZqIG7vlvxc3N9c5/nvx4a7ACb5+vLi6PTwWDIIPsi"
    "PHTIUDbG8azIJeQgMBuQ4TX5ys0WIWNO1C0Mghw8emEZ8MAbAQB2o62F5wRcSkoUfdd4hf"
    "hx4XoecR/0eTH/vgPVngwJxD9Kj94PLLDMEFqUNmKzfRik+/FB/VjhndNssYteoD04dS8b"
    "xy12ZJWh2pPbOTdX2oKsK5EZSjlk4Sv8dUycedp9Iquo5o/Csb0XPLjBce5sKOWnBbgUqr"
    "pw1KP8WQlVFWL/2UmWpgIDeNbytssA1KP0Xi/oYVjS7FJMMTY6rgllQy6k61vCUWIYtfsO"
    "2EvlS9zA+Y1KmYvhhqzDJjm3Rj9JcogOg7h1JIJXTsR4IewihCBx0usDOjkEk4QVNsoQA/"
    "QOmcuNGoUB+PJqKLCoTmOdR8pKE08m9bt1mvav6aqyTHD9rftPK5S+UzbuVOlJJqckQjlE"
    "G3UIFDl4gYpcypq7fqznZ9Ezhrao1enn+5PH9/ta+EituoTYIvF6Xia2ukqMyoRr3tPAeC"
    "1C2UUKLDme2zAOQVx6HPP4YeyDLP+JHwX4+EFEM5mbnk7ARiiOCPOQ0ZgdBFeXe7bm9x79"
    "675/FFmwmRKu2IDX94XJK0Iw8+1y0Imvl08Q4dJss+iUgnCGrpHa0yNETeBr530xvBpaiC"
    "YtK9AgXPtkkKz/fMxUIxCu4d9+Xjz8zMObFCh/iVrbjzkp2YzIgzNESZv9+002GfTofsej"
    "Q2PmaJRij3nTbJszmtTrM5LZUG0AUwt5jpYXGOoy5Yr6jGl2swJtnaJa1s9hkyHfTe5/Xt"
    "Y0JcuWqKR1xrwMlwIlSEi2WPssiymoM+Tza6GkDdRxroVJ2/CNd6tD1DvZ5WgWx0L1T3vY"
    "KhXmKL4z9Dpl+kPr9IsU0DhDUlIaBIN7pXqXshgIbBlH5X7IaVpdFxcJJ+8XtMV+vRbu1e"
    "kvojxFwUCiSGqcrNmiXRgYbFnZpUWFoQjoxaM/gS5ej2b/euXs45TaqWcZkh2Z1mO9jTbJ"
    "+dQ/p2qG15LzMSBE4rM1yeUovifRbFdYB09Qs23uI9OnZFx67sGNphx64Eoe/eRkXUD6QB"
    "LNkBk/ooFhhq+JmxTVJOY3DiriIBRdE8ccEb9i6KFbGZB6mffBwjrsUQ4zQQzgGJo9RxiB"
    "nAuIU037T7O+hk037FfcQrqYBshkLbgSR2oEG4MakXefKGqPBp8VSLp1o81eJpv8XTfRer"
    "/0L8J9sk1/RBJpxmrtZKpiwaZzjxwAZi6SrI2aUBQYf34RvLmvGfM2vKf06nL+/Ds9nZ2R"
    "F69u0gIC50veObaTZDeApd3nEqd8pk0q6n1wJpvwRSfgjMFZsTpxQjjJLtvvxBQL5LBKc7"
    "/qkc3mT8KMCtE4iu/nWXk4VK1QdTeej65tO/J8OLJQm1rKplVS2rall1SLLqnk2pX0A6k0"
    "qp4kK9gJoOaSCafiOXdIFCLtSiZzuYc1HQpw55i+izC4lyGUMm9aGanm/LZdDW83QsbFaz"
    "ku45yHqhM1NKWNwJfpzuo47wGpZSJ30+E5MuoN6br9ZWtEg3ulp83cuhugz5FsEFfqQCbj"
    "J+hOB2HwUTc3RV6S5HtQFr7pkDZTuyXQRWF6LdaqZB4rpesMvtq5xcxx8Bffp6fb1HwS7+"
    "1jLRLilMVivcpYPWind3c4Jigh8YiGIIYs44wgwdgjfap89Hb7k05gZ8mgkUWPDZBGGuhY"
    "pmlVCVHopb+aFDWFno63x2bXfsl92x/+II9IkwX53ehz9h6+fdOG+7F0ygHmEQygpc/+JQ"
    "XLGHs0QFvGdANVjmLoP1/c3Xi+sr9Pn26vLDlw9xR5TUuiUuwker6vu3V+fXRZSp+9AC5i"
    "yVxrkBzhBGwaTG3Zq48wzNDpnHyzdvX77cDdc4a8A0zip5xlk5Z50yoopyjmiHMJ8cDxpm"
    "y3gm5NHCS6UOVhJS3cmq3pfUpqVuhDK4fNqsTkqnl6b7paGLBTQOsxVXJk+mF6bzhfGxZY"
    "fMWCgoTFkSHeBaDnBd2K4R5c6ptScr0enM3HLft6iuI0dItamejFQDXASYazHUb4FuiU5D"
    "W4LWB3QAJ5VkggLV7mA9HgisDsGWwVlnKBX6KnEtku0O2NdD2bDYsrjgoJSpkSEZXeGDk5"
    "dNip3yUdU1m16Wyp16HCMlq2pKMDp8uy+MInwMhjycsxrhPNXoYD5utI2Pa7bxcbSNS87J"
    "/bjQ7jB7vOSzHEh8aOm1SZ0TLeCjDDMZ1qTHDCdAQADpnAFkceIkiEnUAscuEnL8O/S7mN"
    "u2fofa4SIo6oekvHg0gS2pkN71DaA+OnjmIP7KIy46hEmPJgibJoGeJJAi8PoVPrsPz16d"
    "nfELkT0EHVrgt4P4LX6fuOLK74jhJUNz+vwWpYXFJvcudOmBbjec+8d1zsUfmDH7wYXfTX"
    "BCO/zjI+3c66FzL95GKnwyQzK6YK7jkyZt4PmomqzMUit48Q6qIJwSjDLt9S9SR2p/B333"
    "PZniA6NFskaBVJc36nV5o8gf0iIlJ0uo17jPa8z1SH51QSwbK577Zcrxsc5tHP8RbqEvKX"
    "e+DuyYaHQ4nzXSRc9qdNGzsklFZxRWoz/ijML9hpz3baU3Sf4pVg5VK4OdIdG9wdf3Bhd4"
    "lfFVjuK/SeYZGLxNg/iz+0qeminhBh3g2jw7YqjI1qRH7Dnt9c6GQmqX/I8DmXF3dXVSa9"
    "4V4wwzGdisCSaHFkyjQDVBLODbxkKUn5wIM2QHDD2SJf9kxheA+GJwRadL9XlEO0sXhS6D"
    "npOREZchjKYE+8RHTzSExFnRnVIUF8T8m2JG4taU0KiSQTfKt5zEIRjKEsJqRC018b0LIs"
    "CP4gn4LvWXYJh1aYCibusIu/wtgDyM0HUIi5ppwrMjRrh0FCQzBpSiwznhb869+42f/rcX"
    "fMNe3ry/4rv28vbqbsK/lxcgGgbM5sTZ5zx6ge5EU07onCnadWIoOTOFfODkYaZ82gQ5/M"
    "D37jv+tW2OQyByRRb8GTiJS57hi2p7cg/tyZkNraLuFMhGZ1feQh6reG9bqTsFUm2v6bO9"
    "RvBHNVE8S6JFcUmAS/oCTJeKemOZUqcr16o5Yi92II6vhL6LZMaBbeKmYnn27a2om1ixl7"
    "vQepqX++nn7l0Lb/kN7lVxyuI+r9V/0lehkRJkpO9ik1gXIYshP3Shhz2Qs7TdfTQn8vgX"
    "juRz0Bu4iM63jscQaCNLrkYkQAtiWbDLFu6gtYF+aQOwgKkC3tj1kSUaYdmV7uMdTRrK1K"
    "3K7ZuO19KhRDqE6rkq+zUZPzov3VYCnxNfm0xcqUlazlGNkCl0byDQ7tB1suIo7AMgHbVa"
    "5RyhtgH1bY0VouyzgoAlS4a6iMl++ectcdLCUesU7eG+2CUl8M/tq2xXbuAvDyrVtejypI"
    "GqRtKRjRxWC/pEoPUsKFHRDCwqvQq+l2fscMUWTbEDaj/Cs4D4XI+Su6xaz6S1rn5pXXxn"
    "BVgB13S8Vgck6kC85Q2x5ZWs8AU6ja4E3Uf+PVQUgWT8CFWALcTtL0DRV8zozxPpdP7ijt"
    "VdtXe3gSGRkEo2b0255pRCm2OamGO4fKnYUyghGCEH/qsbYXYqBI83JD3SldRiNnI0WlJc"
    "Hz8dAdaByzvSz7+l0w0M5qZ+79wG66HL+5oGB5XWE7g4aWA7cWjDHuF3sX0jCkL1fftJBL"
    "dGBgx0iIXreSKqL0D8LkYPPnaDIxGFSr57tk/S0ZKK6B1Pru0r/bKviOUiKshmKDRvlwbk"
    "LfjccMfmmOZoNKoSVCNeIq8PXS985im1c6hvzqFcdREa+qZaeZGUYoQ63BaaGg1Kh9st9F"
    "qJ00rcuiNJK3E9UeJWuIds0zABkXYcof6VDZF17TFU4DOf66BS1xVXJw2UXS8Z2CSam48F"
    "v77nEw/bFnrG4L9PvPxJ2LXnUys0A3RIXjy8QMcv0b+hYzSlbsiOpAHcnUyqtdt+abeq4d"
    "rdRmr3KGez+zht9hgqyenR8BEK6d1D2/8mdQP2YsUsXYHZZii0HCwLKoLzTwHPdLyOxyhC"
    "KQpKKMa45Gj0BpWg+oQdGzpjydqdVcKaJ9odrq9enw0EVi6m20+Sg+qCUodgtzLkIiYqQD"
    "rlVNvCNJG7dmt9vbi5uc4ZiC4+3BXOqa8fL65uD4/F8bVqQVlhatinRzO2RlQqeitrxVpV"
    "b2UnaaLsmXES9w+sShl7h36Pw1N/j0rxEMTCBehyoRvZ/i3k0EDS7bnz2SXq368HZiYNHa"
    "Tg37RGuEeNUKstW1Nb4vdERRJcUWhZsHi8JnxDtRponkyXA6232me584Z2e4V6Iz2Fdn2Z"
    "xfzm2sBqD5lh0j6q6vl9aTraSEDPcQGQLboAKY46GwtE25R4zwnXqKXVauIrtVIuXo1ZJ9"
    "5Ww6D9CP2SGp+Iz2y15I0MyQilx5OzJn3p+ajq/I2zUm96eKkUEI6HjxDdztrb5QvruAGR"
    "ldap61yekuy+a/l+JMnO+pPv1Xzz5/8DadyWDg=="
)
