from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "code_secret" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "value" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "code_secret" IS 'The installation''s code key, made once when WATERBOT_CODE_SECRET is not set.';
        CREATE TABLE IF NOT EXISTS "ticket_code_batch" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "pack_code" VARCHAR(32) NOT NULL,
    "count" INT NOT NULL,
    "note" VARCHAR(200) NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "voided_at" TIMESTAMPTZ
);
COMMENT ON TABLE "ticket_code_batch" IS 'A print run of codes for one ticket pack; voiding it stops every unredeemed code.';
        CREATE TABLE IF NOT EXISTS "redeem_failure" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "attempted" VARCHAR(16) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "customer_id" UUID NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_redeem_fail_custome_0b6518" ON "redeem_failure" ("customer_id", "at");
COMMENT ON TABLE "redeem_failure" IS 'A try that looked like guessing (malformed, bad tag or unknown code), for the lockout.';
        CREATE TABLE IF NOT EXISTS "ticket_code" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "fingerprint" VARCHAR(64) NOT NULL UNIQUE,
    "redeemed_at" TIMESTAMPTZ,
    "batch_id" INT NOT NULL REFERENCES "ticket_code_batch" ("id") ON DELETE RESTRICT,
    "redeemed_by_id" UUID REFERENCES "customer" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "ticket_code" IS 'One printed code, stored only as its keyed fingerprint.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "code_secret";
        DROP TABLE IF EXISTS "redeem_failure";
        DROP TABLE IF EXISTS "ticket_code";
        DROP TABLE IF EXISTS "ticket_code_batch";"""


MODELS_STATE = (
    "eJztXW1z2ziS/isof5mkTpOKPXYmk2xtle04u75x7JTjXOZ2MsWBSEhimSI4BGlHtZf/fg"
    "3wRXwBKUKiaJKLfHBsshuiHoCNfkP3vw+W1CIOe3FqmoSxO3pP3IM36N8HLl4S+EV2e4IO"
    "sOetb/ILAZ46gh4LQiNIKacs8LEZwL0ZdhiBSxZhpm97gU35Rx2coi/kfIEDFLEiwYrYAv"
    "vEQtMVIg/EXyHPp/zuCz6mRU0Y1Hbn27GHrv1XSOAR5yRYEB8G+f0PuGy7FvlGWPKnd2/M"
    "bOJYOTTuyYqPIG4YwcoTF+HT/feClD/b1DCpEy7dDLm3ChbUTenh2fnVOXGJjwNiZaBxQ8"
    "eJkUwuRU8LFwI/JOljWusLFpnh0OEAc+7oEdbXDgzj+ubO+HRxZxgHJfATjgyg8SWTunzi"
    "bDdgAoEl/mY4xJ0HC/jz1fH36HPWQERU/AP/5/T2/J+nt89eHT/nH0hh9qOlcR3fORK3vo"
    "shcICjQQTua6DT9dMU6pShHbCTC2u016u3e7hfvmyC98uX1YDzexzxNcLkm2f7hBk4KMP8"
    "3qE4kOOcZyuAPeN8A4S7Bt13N5/Pri7Qx9uL88tPlzfX/FOWK/aXs77JL8EFOxAY3F6cXg"
    "HUXITM7jNrm1+YYvP+EfuWUbpDj2gVbfnW8mhZvIJdPBe48S/Iv04ity0LZotJRXp8q16c"
    "Z4gaSHLgt4W8jfneIuoS5BEfmSEL6BJ+sUFELwiK51Amz7cbZAepblvlV+Dz58t38jcgoi"
    "6s/DC0rRecZz+S/eBvs9A1Oc5IfBL/cfz3g+5fByFpfnolBI1HWTD3xU0B1waRDl+fOCoi"
    "PWXoTqQffA1PptNX+wI2L9YPXzWQ6oevKoU6v5WX6QH5JpHmNZtmTD/CPfOo0Z55VLNnHp"
    "X3TJMul/B1AyUlMMfU4VLuZhG3pQquQZ6GtmPxB1DAOMszOojblxN8OarAm9BraDdC61O6"
    "VIE2odfQboQWrAvql7G9dCtMlZS+gC08bwNsYx2sN7vbnD/Ej0eHxz8fv/7p1fFrIBHPmV"
    "75uQbvy+u7ApgLzAzHnknEwBmlDsGuHNMsWwHWKfDta80mCnG3yu7Zzc2VsPdYbO+dXd4V"
    "luvnD2cXsIyf523AMtwODuwgtIiSrZ1l2tLS7tkq3oOhnUOZuvMtYM5yaZwb4Gyz9JHVxE"
    "eesUMBkl4ZrAQxfcIxkfrr3sGdwF6SCgMkx1kA3YpZXyS/DNHygy9o3bjOKn4Raybk7vLD"
    "xae70w8fc7Py7vTugt85yr8M8dVnRSUlHQR9ubz7J+J/on/dXF8UnSIp3d2/Dvgz4TCghk"
    "sfDWxlvDzJ1QS1/KzHHi9DzUdVYGvTWdVfybbBN1XyyJZRlmwb1Cf23P2VrATQl/As2DVl"
    "O0XsVT3PDDVMaNdX12vUx4+p37S4uAAD+OYkklvnp5/OT99dHHx/Ind3aNnBFZ0fyPzdyb"
    "1JrcObUxlOTLbR5f1lQZG5wC48DXpc4GCCHu1gIZzTsFICgqZkBksIYddCeBYQv+zw3m6I"
    "lt3dlUaUVIBILKh4ofQ3gNmK/VTt3YZVIjNOqw3/lGGEztf2nYJYBD8U8Y059gXw08Xfj1"
    "83wPf4dSW+/FYhGuwGim7tNccIF/BPRw0A/umoEmB+SwawVI3bhLFciRsDzHsIHoi9sozx"
    "f3+6ua4IHaQcRcvINgP0f8ix2bgcAByKnPWT4Pnsw+lvRajPr27Oivo0H+CsKJ+5YqICe8"
    "qgUd8e9WH5BDrdL8flEuhJNtEZdrj1e2qaNBTmYcnIKlBM6kytaURr4AxxgxyjxPz8gYF9"
    "RHmW5wN2QoJsF82IK0soasChzal+mVPJ2pjJskAr0S1wbRX320pjetlrmPvsTnzSVdyiM7"
    "FaIOdsAN8mTBIziRnf/3pLeNBParfmJewFjLUaoAFQ5WT8Xt63mvhnb1xyR+FHB97ZPqzU"
    "nXyzt6B53F6e3xWcs21oBNFqrNYH0tW6WRsgKelGXQDmHS3pA1kCD6Kz/OaeOlHjgSPfKb"
    "IlKcc7jKP1hn7pDbCs+B0lrSHH053O0HuUy9qYWPpb6mQ5Xo2yBOV7+B4q3sGEfoSOwfaT"
    "B6lvwfJzw+VUpkZUg1zk2wrsnrmp9p4DSzBTC9asOUaXB7uXgwg62rjXKMKw/Ko612p7x2"
    "r+pRJ+SKlvpFK9yTNpvSbWa2qSrTLu3h1zrcrO5oEh3dSqzy+yJkZ9dyGB0LwnQV1EIEcw"
    "qXUBCFK1eEA0PEN4fTh4QeHBJ/DfI4LHXnGLHmzzJTKxzw8VIw/bFrIISA87mIi0qoDXj4"
    "ivlN0D+/kI7Tnol+dgEYPXENaEXMcYimYsX/tG9CpLXN2VgBbZNLBFYGPpoezdynFpWHVM"
    "bHwxMSE2dEhMh8T6EBLLLMZKfbhJQCzShneIh8W7KaL+WhdNw1mxlq0QFlMfTuu4/dNxDR"
    "HuUtR010zawyE7TM+JKlJg63GtSoPVuGZ11+2iuhJerf1WQbxNaFfKqxfyBptYWVDImTXO"
    "OoSuQ+hjxVqH0HUIXYfQy2DrEPobHUIfwBQPJoRejM4ODOgRRNDP4b9PBKSeNHyeuTup8x"
    "aacMlga8KNzsK7BT8AB+vDibzrPzDEx0D3ZDVBSwy/UZ7t/rggLvoCouX2DKbr/ObdBczZ"
    "+e3FHa/B7dIAMSJxHbY9uHYk9suRKI5GqChPKYNWnrTypJWnVHnqycHuc7r0nHj7lGxByc"
    "0NO1CWTO0gd8o7QdSDPQG2atvh5a9mM2Q6lBFpgGq7IfRe0q+9RN604A6uynEdVdOCOvF1"
    "8dtdTnKVKoak0uvq5vofCXmxjIj24T2VD49X7wslmS3VKK85OqtZdsCFZTduvMMmRbUOq4"
    "tqHZaKasHeC9jJK8NVC5A81wi8pV0LEa2e/qeop/3Ok+zv3q1LEfc2t69Dm8p9ID7D8XeX"
    "mFWZ+5N6y6pA2cS4WuBA1LuCSX+DMOIfbsGfxJvAX2yJHQdZPp4F4nSKcMTZAXKwx4i0ye"
    "rO40nMrt8PeN1jN2ryFrJoGv/QxtgTGmOZCWmqtGZYRmGS5ZXWJpV2qwvtlursJqtcAd8M"
    "ywjxbd95KkSUqtXVsW8a5JFDurG62i9lLMR8GeDqWq8pw061XrcDet04lfcIDGyXveAf+x"
    "S9U/dSAraujXO9LVbbyXkbW6xn7p2BmF4JJrW2V+hZW1rceU5tcfd42tMzX70ICIW+LbR0"
    "id0S3dpgsqyJVPqGx3wIJhX0ShiMF+n9Qs7psrZT+AY23Ru8B06POrPjkZh0aXBNV003Lv"
    "K1o8E9rYW3Z/VY/K8AcUKvbY8G4HoAkRK6KcMIwhDFpO1GOds1Kdul7vbwTIaJPWxKW9VU"
    "+n5KfN2lmB4O5RgY75b0IFm5td0810y6FXDzRp6AE1uod17Osmm4m8Pt2cQkBodF8XRjmV"
    "GfHpXmpTcp8yHyR3as8nHDxxisH6Jc3qPgtJzNdoPnUzLESODZq3mbhEZl9m0mbFpj4Gap"
    "Gli4CwpWCi8bx8tn0NnMNklUEy56M9AjTJj/FtkWQ9gniNtMDDHKa2uAeYtdng0/JWgeEs"
    "aIJTOG9/AJ2m7uud289Ayev6VmNOeYWknkG7XBDN+SKiKcYdlTouSYAO6/R6Ijk3nw/og+"
    "r9s9+CPwXKLRVodBE/p+REH5540mCgq6i6yGYHUOcMowAiHSdfqvT5b8e/qgRQQGDVUdGT"
    "L2Dh0a6ZXBejRYOOVPNyUSnaQW+TyjdiIpQG4StX00ZRjfQZn2tRQHs8BYgtkJxvoWKQ4S"
    "dp3N0p+0hnI2i09mtuMYFYl61QpUkU+3Dt9eY4qxtMJt3rgScyfvW0+qYA/uddPHtap3tm"
    "Emj7VQTSAT+rUsn7t8d4zOnEbDDHARNArQpOUFdoQpV0xhjEAtiWVLyksrYRTHVj4kQ40R"
    "py4jooMEyAMgDC/0zQXeWTh9BNqP8VBjxcsnFiFLY4ZtJ/R3BexWDPY+Gmu8iAWh7xo+gU"
    "dmuwr2WzHYbTTWWBFjxH+wTWI4dL4bWp+iga6iccYIVfQ6gvLMC9/tuLbubF6lkZcCHKxh"
    "Ww9WIL6g8YgdR9o1TB2sL2KoMS0upXwYSe/2qpqhCbZJ36AG7ZZU+24OcUmWm1HuDJtird"
    "WhoLZl7lWk3dckYKXq/+YsLCO1OprkYnm2CXs1yTb0ZMQN3iDPp3TGWx3h9dEi6iPyYFuE"
    "1yudwR94XWlOloXV6ti6VF2/qiOIVaZ4fD/LM8IzNIdHTSokAFVNWa9SlQR4iYzQV6pCkW"
    "EZQUg/j/FJo/4HJzX9D07K/Q/AsvYoU0sOWrN0iHEiIbvBuv0ygNr9Xg39uNzvulqarpbW"
    "J818olAt7fz00/npu4unKpb2DtvO6pwbRvJDGbn7tSaBxSkNM0PaxCIg/o8WXoGqDhPKtf"
    "Fnwj2PooK37PlbNA2XHrGifqfYRRiAtE0Ueoz4cjtg9xF30P6fNqW6R8cB2qp+pNwKodLW"
    "quqEoE8TPmW9k0uLLD0awJu6uiUmvKoyIVQmqpVE9prc8Nf0jTqzwA4IUxW5C0JGkInhR8"
    "jTZrmTgPs2ec170U6FUbjkk4CXQVlgd05E65QFTJy8L0t7Q+8goGB4FfkUk49OPLVoPVdL"
    "KGzKK2TXtrrrvDp2Z5gfN4H8uBrx45K7InqjygDXZTImHN0fBhlREqM2ravX/LhM656oCV"
    "HCjUQ1SDNxqtUBmpJs1ABuXJINElj83PafkeXwJ2+NBrst8sKpA/bC/8K/Dx/evbu+voad"
    "ekZ8bmyUN/5WRtThiH6FI9TbuOzYwKVn8O7ZcYvXGa1N9/UMi97Yd9jYH+F7wp7AAuwrb+"
    "1F3hFu7gPZzBudToini7iSHaLRRMecepp7Pc0eXi2Jy8/pwTQpBdDLnCM0StvfvRLY1LuQ"
    "lTk7jPaGroft5JkGB3r/eg+Uyx55IDA5Rp1AfNTksPBR9WHho9Jh4TmlFlMs5Zfj0X734u"
    "n2xDAEhFSLJMpYNcBFgGcOpf4W6Jb4NLTltQuaih0oL9scl4a1VDXVJ3wfVi2ZmufSsBZh"
    "jc45MF6xXsUhVmTTwBaB5fWclBxhtPOWTx0pXI1yRY9qckWPyrmijIa+qabXphwdIsx7FA"
    "7VcoiOmzAjVqiUxIOUdysZ0bMjJ21LCbKERyCMQ+cQM1ACWcqrQS6DbGK2WKOkqEHImTXM"
    "1YovCD1/roxzBbcGWrKeB5Vk0GkAblw5Brrh3phnXRKlKJ35TRWoLea9yKtLEPZnoiXHc6"
    "KGgaqnc3JcOxzOGc7MbmxOoI887QFWfeSpgyNPtyBFbi/P7w5kkqENeNcjDVIcbAY3Jw5z"
    "2MIjoOvPV1d158kydvkD2bmwnsjAvOADjWg551amY7u7FhISIF3Z7hD1TpVCQuHOFeMEUl"
    "Epoc/jqhm39/zo6CWsSpJOX9ENmdIGSQkb5UuLTAr4hthltuh0wQ84uVGu8xv0uCDuBH5S"
    "uGbB/yt5ivQ2g+is6H5lRc98uqyqLV4dsMhzja9qf/uJOGBdKaOc5RlhFl/7IIPYo0oZ/i"
    "nDCOFtv/OETzBTOxq55tCh4yahY3VH2mgdp2Pyn0UqmpL+kmXpLoGl54pMjaMnPS+4oxti"
    "bEXCJwUvRHZd9amkzdrWrjKFEkN8kyXkJHRNKtn41ArNQFgof4XYDexghcCQSayYCVDYJq"
    "87A8YM8hxsyrsJbz2ONof6ZQ6x+1BFv4nJR6g9tlUKqC9VlnoFbvuqeSJ0FERClkVrGJJU"
    "FvhegSHktmK6UJlR41uTk0WwudgyISvLqtO8iwDbzIiSXSXO/brOpzk+3fi0eeNTbedpO0"
    "/beZvtvHWksMrYy8USN1l86zBmM7svGpyl1hkKKL1HPKYBNhtBDg3iYn4mX0MOijofibI/"
    "S6AV5X8YPDSnlFQNbHt0bSP2y0asaHFSnaWf0Gv5LtkzYZWr7ZhrBo2n1kG0DjJkHaQgCF"
    "rANNp9r+gQl21TXNcSsCJD84lUuzCY0m8fCGN4LtfscgT1ip0gNZYZ2gbu/Jica1GMuNYE"
    "Pfp2EBAX2e5arRL5SlHNXoSjWo5RuWb4FQeglfFz48iW1qlv/wO0ctcz5Q5myiVKzZQyLC"
    "P0VTep/1xd/llS/dm0PZvIFOi6NJIMU2e1nwYcDri3ZQUCayrG29KygGNYv+1nmXl45VAs"
    "wbe60mmGRVc63aHSqXp5vv2X5XvimnGHTQK1h9WB2sNSoBaDRrP0ZCdMKrWLLIuOw5TK7Z"
    "BvgRFDtMVZWQn7+E7Hjyndz8EsMIjvq+Ui57l0vmyTfNlhVZvoVgsaZuGBJuUmeIvoLaY8"
    "w6bLDfRNfpbcrU/jw/oIo3wMfTDp5cHJ3P1JnQfLA0rDy5I2cGBFkUzEeaPgIXcUudx9FE"
    "wQLxbJk0rTziShG9gOXOEZryiuQ43INzAlmMx51e7g2nHVL8eVWG8mrEMVnSPHNELjv/0s"
    "1m3yAXUq4CYLSdv1Hdj1Wln+T1SWdZ0hXWeoY2hbqjP0RBaAT03CGLFqAtklmnpLIKFWDW"
    "fz9sL8S6EFdi2HcP3cJG/QF3LO48i807BNmEgm5DHme7LivQmjtSBOogWif7HniOv3xJOG"
    "tPfzIbrZ8e5Fs5v4y4Cqpmz2y03NjnW0e7/R7j7qtRIPcCyhBqzbCgmkEpFNGXaKxw7HCa"
    "g7Sutiz9sbFH3xzkbH7CtUMnFrkyaWEilUB2ChueCZfBgd/oKuUHQ2jhc7+xqeHP5iws9f"
    "jqbw0/z58Gv4yjR/qSsRsN1g2tvaL2/rU9YJ6JGSqqsEDCotEDs2ltb6rOnRvWbpPnPt4G"
    "+z0I0Sqaeh7QS2y17wz/v7vtTUrhUoXilAZbUn9B3aBrAJvf75VTd2QcvWl47VtLcV6h6S"
    "e4aVHxh5kGx9tZUa1ky6TEN9mYaeWDC3xCJk+R7bTuhLXct5gkmdNeMLUmOWoW2SYuKvon"
    "NIDqX3xIL9+56geRi5f9CzJXZm1F8Sa4Km2EIBniPqo9C9B3PQRTxV4PkEAYXw+zrUvKeh"
    "1K28r4/ZbAj9ngvG4ODgD20adWkaxZnKROkASo5phLp8+y0wdanY0eQ+6nC9DtcPNVz/xO"
    "WEbkXxnFsCeDKpXzhPsEGf4qSGn6FtEqSPwUGYcT0noHFBn9izy94KFcaymYcDEzQWcXCc"
    "IQY8vBwQ0McNXEUBIGmEvv1P0O7kfulM8UwqIJvh0G1oh5pQSr3IGzLEiPuwYr86m3Szfq"
    "qzSbV62kNoB51N+on4D7ZJruhcppxm7tZqpiyiM5yYsIFaOgOVjz7+GHrIpQFBz76Gry1r"
    "Bj9n1hR+Tqcvv4Yns5OT52kJo+mKN3SbzRCe0jDg9SljXGU6advDa4W0XwopbAILxVZaKc"
    "cI3Xfth+ID8k2iON3BVTm8Cf0owK1TiC5+u6sPs6f60NXN9T8S8mLsXeuqWlfVuqrWVYek"
    "qz6xK/UT186kWqq4Ua+gpiQNVNMv5JwuUQhKLXq0gwWogj51yBtEH13eKSvjyKQ+irumy3"
    "TQrcdpWdmsFiXtS5DNSmcmZ058Ev9x/BQJcxtESp32+UhMuuT1/H0Z3tU6aJFvdPm27euh"
    "Ot92nw1zQR6pgJvQjxDc9hMgYomuqt3luHYQzT0LoOxHt4vAakO1W480SFw3K3a5dZXT6+"
    "AR0PXnq6snVOziby1T7cStTcpdSrS5tw6vgh4x/MC4KoYYCQJAmKFnPBrt08fnb9AC0GIT"
    "hMH4FIfIedY1zwv0Q4dIale1Naj2MvbLy9h/5YMffzB/Ov4a/oytX7oJ1bavhjjw5gShrD"
    "LYe4fiqjY7GaYC3jPONVhRLoP13c3ns6sL9PH24vzy02V80Cf1ZYmb/NI6qfz24vSq1MjI"
    "nW8Bc5ZL49wAZ540waSu3GrBkeXpUHi8fP3m5ctupMZJA6FxUikzTkrKtUMZUUU5x9QhzE"
    "eHg4bZMh4JubfwSulgpoRVH9CsjxxtU+EiQpkHeLaZnZRPT037U0OXS34e1lacmTybnpjW"
    "J8bHlh0yY6lgMGVZdDprOZ11abtG1E1P7dRtiU+fuy0fZ44KXgNCqmfFZawa4CLAYMVQfw"
    "t0S3wa2hK0PkeH46RydKDA1R2shz2GtSfnw6P2pee8IrvEXZu5O6nz2MYN0ZPC7pu9tje8"
    "xj9gDPMtDl9PEAuoL4qBOitercoOeHHPFVyZwUwQXxCXHbVbjvPV/eqeuih0GXWAEVDkxU"
    "QxmhLsEx890JCH8dMipNyfOMWMIJeA+EULYGK8t/obYHEI5oek+GyEHg/8468uT3H6UTwB"
    "rFV/xRuvu5TXNuXn5xF24QXgfmKeRMBTU0XDTnh4xIjpk+AF4u5nUReEP5U41A6PxlMLvr"
    "rxUNP118ZzWJdv4Zlt3uNTOKKX8EjA4pJH/pTaE91DT3RmNap4PApsOt9gc0hcvHRb5WIW"
    "WHUPnz6fYxfyUa0NfZZFV16SqHvpCzBdKWY9lDl15kNt5oNYi5JAznbt6LnGdpaMOLBF3D"
    "QBIvv2VhzBqljLLcCskDncz9W7Ed7yG9yrc27FdV5rvKSvQiMLxkjfxWY1ewFD5IcuL6nL"
    "2ZkoIyUKIaz7n0X6OVf6QUWHpeMxROKuZwnQglleyLf1T9DWQL+sAd1LTWILtF/r16ShzN"
    "yqXL4pvdYOZV2maaCWTBXT607DKp2GZepKTUZEjmuEQqF9B4E+q7lJVxyFf4BrR1vNco5R"
    "+4D6NscKcZSsImDJkjjOYrb3v94SJ81B32RoD/fFLhmB3/dvsl24gb86qDTXotuTBqYaSS"
    "kbRZuW9IGIltJgREUjsOgUJ4++PGIHDFs0xQ43+xGeBcQHO0oeb9p6JG119cvqgpUVYLX0"
    "i4hemwMScyBe8oZY8kpe+AKfRleC7j18DxVDIKEfoQmwh9LWS27oK6YL5Zl0rlBxxUZpgG"
    "64nMrEQc3RiQLfViu4Z0r2vhcwGKKMShZvzcnvlEO7Y5q4Y0C/VCxPljCMUAL/pzthdGPP"
    "VuplRbaSWs5GjkdrilXJpEWQWwh5R/b5l3S4gcHcNO6dW2A9DHlf0eCg0nvCb04a+E4c2r"
    "DdwF3s34iSUH3ffhANASIHBnqGReh5wouriuRbjOY+doPnIguVfPNsn6TUkioLLQ+u/Sv9"
    "8q+I6SIqyGY4tGyXJuQtYWz+ic0xzfFoVCWoRrJEfvi8XvnMc+rgUN+CQ7kOHTT0TaWEhT"
    "XHCG24PdRHG5QN1y302ojTRtymLUkbcT0x4jLt0qXN61XSBG64NztC/TMbouh6wlSBjzDW"
    "QaWtK+5OGhi7XkLYJJsbaHlc3/OJh20LPWIev0+i/EnatedTKzQD9Iy8mL9Ahy/Rf6FDNK"
    "VuyJ5LE7hbGVRbt/2yblXTtdvN1O7Rmc3287TZfaikp0fkI1TS24e2/xUwBxzFikW6grDN"
    "cGg9WJZUxPc/BTxTep2PUYRSFJRQzHHJ8egFKkH1ATs2L7snq6VYCWueqTtcf3p1MhBYQU"
    "23HyQb1RmlDsFuZcpFzFSAdApc+8I00bu69b6e3dxc5RxEZ5fFtmSfP5xd3D47FNvXur5t"
    "D4sPxd6ISkNv7a3YaOqt/SQqndR/YFXG2Fv0Z5ye+mdUiocgFi65LRe6ke/fQg4NJBXkWx"
    "9dYv79nuuFxbXgP7RF+IQWoTZb9ma2xO+Jiia45tC6YHF71Z0KdafCjqHde1ftTDzfhSdq"
    "53xfehxtJKDnpADXLdoAKc46GwtE+9R4TwlY1NJqNfGdWi0Xr2k2qbfVMOg4Qr+0xgfiM1"
    "vt8EaGZYTa49FJk6YXQFV9fuOk1PiCv1QKCMfkI0T3sNHpmMOa0zGHkmIl1A2IrLROXVuE"
    "lKX7lghPo0m21vzgSd033/8fSrfWCQ=="
)
