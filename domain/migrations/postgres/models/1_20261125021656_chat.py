from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "access_token" (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    "token" VARCHAR(600) NOT NULL,
    "expires_at" DOUBLE PRECISION NOT NULL
);
COMMENT ON TABLE "access_token" IS 'A WeChat access token shared by every process.';
        CREATE TABLE IF NOT EXISTS "conversation" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "channel" VARCHAR(8) NOT NULL,
    "user_id" VARCHAR(64) NOT NULL,
    "state" VARCHAR(32) NOT NULL,
    "draft" JSONB NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_conversatio_channel_6807a5" UNIQUE ("channel", "user_id")
);
COMMENT ON TABLE "conversation" IS 'A chat''s state: a named step, a small draft and when it lapses.';
        CREATE TABLE IF NOT EXISTS "processed_message" (
    "key" VARCHAR(160) NOT NULL PRIMARY KEY,
    "channel" VARCHAR(8) NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "reply" JSONB,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_processed_m_created_6fda9f" ON "processed_message" ("created_at");
COMMENT ON TABLE "processed_message" IS 'A callback handled once: WeChat retries, so the key is unique and the reply is kept.';
        CREATE TABLE IF NOT EXISTS "complaint" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "text" TEXT NOT NULL,
    "order_number" VARCHAR(16),
    "status" VARCHAR(12) NOT NULL,
    "resolution" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "customer_id" UUID NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_complaint_status_6c3aef" ON "complaint" ("status");
COMMENT ON TABLE "complaint" IS 'A customer''s complaint, open until staff close it.';
        CREATE TABLE IF NOT EXISTS "customer_media" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "media_id" VARCHAR(128) NOT NULL,
    "pic_url" VARCHAR(500) NOT NULL,
    "purpose" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "customer_id" UUID NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "customer_media" IS 'A picture a customer sent: proof of a delivery or evidence for a complaint.';
        CREATE TABLE IF NOT EXISTS "pack_purchase" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "pack_code" VARCHAR(32) NOT NULL,
    "price_fen" INT NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "customer_id" UUID NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_pack_purcha_status_fcb4aa" ON "pack_purchase" ("status");
COMMENT ON TABLE "pack_purchase" IS 'A ticket pack ordered in chat, paid on delivery until online payment exists.';
        CREATE TABLE IF NOT EXISTS "return_request" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "buckets" INT,
    "status" VARCHAR(12) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "customer_id" UUID NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_return_requ_status_5c3b1b" ON "return_request" ("status");
COMMENT ON TABLE "return_request" IS 'A customer asked to return buckets; the dispatcher sends someone to collect them.';
        ALTER TABLE "customer" ADD "refill_state" JSONB;
        ALTER TABLE "customer" ADD "refill_due_at" TIMESTAMPTZ;
        CREATE INDEX IF NOT EXISTS "idx_customer_refill__bffa55" ON "customer" ("refill_due_at");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_customer_refill__bffa55";
        ALTER TABLE "customer" DROP COLUMN "refill_state";
        ALTER TABLE "customer" DROP COLUMN "refill_due_at";
        DROP TABLE IF EXISTS "pack_purchase";
        DROP TABLE IF EXISTS "access_token";
        DROP TABLE IF EXISTS "conversation";
        DROP TABLE IF EXISTS "customer_media";
        DROP TABLE IF EXISTS "processed_message";
        DROP TABLE IF EXISTS "complaint";
        DROP TABLE IF EXISTS "return_request";"""


MODELS_STATE = (
    "eJztXVtz2ziW/isov3RSq05Zju2k01NT5TjuGW87dsp2Nr3T6WJDJGSxTBJsArSims1/X4"
    "D3C0gRFEWTHOTBsclzIOkjdHDu598HNjaQRV6d6Toi5B4/IufgHfj3gQNtxH4R3Z6BA+i6"
    "6U1+gcKFFdDDgFCjCeWCUA/qlN1bQosgdslARPdMl5qYv9TBGfiCzleQgpAVBKyArKCHDL"
    "DYAPSEvA1wPczvvuJrGlhni5rOQzt23zH/8hF7iw+IrpDHFvn9D3bZdAz0DZH4T/dRW5rI"
    "MnJoPKINXyG4odGNG1xkr+79EpDy97bQdGz5tpMhdzd0hZ2Enr13fvUBOciDFBkZaBzfsi"
    "Ik40vhu2UXqOej5G0a6QUDLaFvcYA5d/gW0msHmnZ9c6/dXdxr2kEJ/JgjA2h0SccOf3Cm"
    "Q0mAgA2/aRZyHuiK/Xl6/D18nRSIkIq/4P+c3Z7/8+z2xenxS/6CmD39cGtcR3eOglvfgy"
    "UgheEiAe4p0Mn+aQp1wtAN2PGFFO109/YP9+FhE7wPD6sB5/c44inC6JtreohokJZh/sXC"
    "kIpxzrMVwF5yvhHCXYPuh5vP768uwKfbi/PLu8uba/4q9ob8ZaU3+SV2waQBBrcXZ1cMai"
    "5Clo+Zvc0vLKD+uIaeoZXu4CNcRVu+ZR/ZxSvQgQ8BbvwD8o8Ty23DYE+LCEV6dKtenGeI"
    "Gkhyxm8G8jbi+xlgBwEXeUD3CcU2+8VkInqFQPQMRfK83SI7SHXTKH8FPn++/CD+BoTUhZ"
    "3v+6bxivPsR7If/G3pOzrHGQSvxH8c//2g/69DIGlenwaCxsWEPnjBzQCuLSKdfXxkyYj0"
    "hKE/kX7w1T9ZLE73BWxerM9PG0j1+WmlUOe38jKdom8CaV5zaEb0EzwzjxqdmUc1Z+ZR+c"
    "zUsW2zj0ullMAcU49buZ9N3JUqmIK88E3L4G9AAuMsz+Qg7l5O8O0oA29Mr6DdCq2HsS0D"
    "bUyvoN0KLbMusFfG9tKpMFUS+gK27P02wDbSwQZzuj3wN/Hj0fz4zfHb16fHbxlJ8D6TK2"
    "9q8L68vi+AuYJEs8ylQAy8x9hC0BFjmmUrwLpgfPvas7FC3K+y+/7m5iqw90hk772/vC9s"
    "188f31+wbfwybwOW4bYgNalvIClbO8vU0tIe2C7eg6GdQxk7Dy1gznIpnBvgbJLkLcuJjz"
    "xjjwIkuTJaCaJ7iGMi9Nd9YHeoaaMKAyTHWQDdiFhfxb+M0fJjH9C4caxN9EWseSD3lx8v"
    "7u7PPn7KPZUPZ/cX/M5R/ssQXX1RVFKSRcCXy/t/Av4n+NfN9UXRKZLQ3f/rgL8n6FOsOX"
    "itQSPj5Ymvxqjln3rk8dLkfFQFti6dVcOVbFt8UyWPbBllwbGBPWQ+OL+iTQD0JXsv0NFF"
    "J0XkVT3PLDVOaNOr6R714DrxmxY3F8OAfXIUyq3zs7vzsw8XB9+fyd3tGya9wg8HIn93fG"
    "9W6/DmVJoVkW11eX9ZYaCvoMPeDVivIJ2BtUlXgXOa7RSKwAIt2RYC0DEAXFLklR3e7Zbo"
    "2N1daUQJBYjAgoo2ynADmJ3YT9XebbZLRMZpteGfMEzQ+dq9UxAGwQ9JfCOOfQH8fPH347"
    "cN8D1+W4kvv1WIBjtU0q2dckxwA78+agDw66NKgPktEcBCNW4bxmIlbgow7yF4EJyVZYz/"
    "++7muiJ0kHAULSNTp+D/gGWSaTkAOBQ56yfG88XHs9+KUJ9f3bwv6tN8gfdF+cwVExnYEw"
    "aFenvUx+UT6PW8nJZLYCDZRO+hxa3fM13HfmAeloysAsWsztRahLQazBA3yDGKzc8fCLOP"
    "MM/yfIKWj4DpgCVyRAlFDTiUOTUscyreG0tRFmglugWuVnG/VhrT4aBhHrI78Vl3cYfOxG"
    "qBnLMBPBMRQcwkYvzl11vEg35CuzUvYS/YWpsRGgBVTsbv5XOriX/2xkH3mP3owTs7hJ26"
    "k2/2lmket5fn9wXnbBcaQbgbq/WBZLdu1wZQQrpVF2DPHdj4CdmMB+Bl/nBPnKjRwqHvFJ"
    "iClOMd1lF6w7D0Brat+B0prSHH05/OMHiUy9pYsPVb6mQ5XoWyAOVH9jlkvIMx/QQdg90n"
    "D2LPYNvP8e2FSI2oBrnI1wrsgbmp9p4DiyCRC9akHJPLg91LIYKKNu41ijAuv6rKtWrvWM"
    "1/qQI/pNA3Uqne5JmUXhPpNTXJVhl37465VmVn88iQbmrV5zdZE6O+v5CArz8iWhcRyBHM"
    "al0AAalcPCBcngCYFgevMHvjM/bfGrC3veEWPbPNbaBDjxcVAxeaBjAQkx4mnQVpVZT3j4"
    "iulN0D+3kJ5TkYludgFYHXENaYXMUYimYs3/ta+FUWuLorAS2yKWCLwEbSQ9q7leNSsKqY"
    "2PRiYoHYUCExFRIbQkgssxkr9eEmAbFQG94hHhadpgB7qS6ahLMiLVsiLCa/nNJxh6fjak"
    "G4S1LTTZmUh0NUTM+JKlJg63GtSoNVuGZ113ZRXQGv0n6rIG4T2hXyqo28xSaWFhRiZoWz"
    "CqGrEPpUsVYhdBVCVyH0MtgqhP5OhdBH8IhHE0IvRmdHBvQEIujn2Hat6K2XvIXpzVmdr1"
    "DPkckV0SW8M4Bd5AAGk2nx1iPLJdAtTJDQOdhuCeUQHJZDUNww+p5dFeM6qYbRdefuxW/3"
    "uSO3VK2dHLtXN9f/iMmLJdzKfnou+4l3TvIFUcVqlFOO3vrFHHBh2Y8JNW/S0GRe3dBkXm"
    "powpRGhp24K0+1AMlzTcBS7VuIKLuqesdP164aXo7KcM9u1QZysHkVPdpUzhPyCIw+u8Cs"
    "ytyf1VtWBcomxtUK0qDXCHvo7wAE/MUN9idyZ+wvYkPLAoYHlzTIDF6vmMVkUmBBlyDhgL"
    "ud1xOYXb8f8J6TTjhgxyfhY/xDGWPPaIxlHkhTpTXDMgmTLK+0NulyWN3ksNTjMN7lEvhm"
    "WCaIb/de/0BEyVpdomN0n6aAaVioH6ur+zaSgZgvA1zdZy9h2KnPXjug06F1fD4TNR3yir"
    "/sc8yt20v7vboRmvW2WO0UzTa22MDcOyMxvWJMam0v3zVaWtx5TmVxD/ixJ/n2A+iyeI59"
    "zwy0dIHdEt7aYrKkRDIzWyM+wB4q0yvZYrxB4hd0ju3aKa1b2NRc1gE4PerMjjXSsa1xTV"
    "dONy7yqSnnW9Xj4H8JiGN6ZXs0ANdlEEmhmzBMIAxRTJhrlC9Xky5XmizM3pOmQxfqwjEB"
    "lb6fEl9/6T3zsaTg80kVT4KdWztJLWVSYxibD1FjOJGV/NTLLJuCuzncrol0pHFYJCtLyo"
    "yqckeYE9ikxDrIH9mxwvqGrzFaP0S5tLrgtFwud4PnLl5iIvDs1byNQ6Mi+zYTNq0xcLNU"
    "DSzcFWZWCm/Zw0uX8XJp6ijsxxN+M8CaPTDvZ2AaBEAPAW4zEUAwr2tm5i10HEzBAoEHHx"
    "GCDJExvIdXUHbzwO1m29V4/pac0Zxj6iSRb9IGM/uUWBLhDMueEiWnBPDwPRI9mcyj90cM"
    "ed/uwR8BHwQabXUYNKYfRhSUv95koqBMdxH1b6rOAU4YJiBE+k7/9ZDNP6fHtAiqYV/WkS"
    "Fi79GhkVwZrUeD+Av+7hZIoJPUIp9nVE4kCch1JHeOJgzTK5TpXkuxIKGazcxOZqy3SHEQ"
    "sKtsluGkNZSzWTy0NC1Lq0jUq1aginxqbGt7jSnC0vDbfONKzL183wbSgXR0XzdVrlV9so"
    "0zeayDEb2Z0K9heNzlu2N05ixcZoSboFGAJmkvsCNMuWYKUwTKRoYpaO0phVEUW/kYLzVF"
    "nPqMiI4SIJcBobm+p6/gzsLpE6P9FC01Vbw8RH3P0TzE3jLZVUzdBovdhmtNFTGCvCdTR5"
    "qFH3ZD6y5c6CpcZ4pQUTNoBL6GliUcqSGD1n2w1pdgqSnhJZWwIBhsWtVQK8Y2bqrfeD53"
    "85ZawzSG67dkeVLTzrBJNiIbC2otk2NC9asmQybRz7anyWiJWtgkWcY1dXb8oOy0K4Ic+g"
    "64HsZLPgcAprUf2APoyTQQn4u9ZH/AtBWYKE2m07VVL7Fhla8Hu0yyvjrLM8Eih/lRkxJ2"
    "RlXTd6lUxs6+RJrvSbUJyLBMIOaax/ikUXPgk5rmwCfl5sDM9HExkcveSFl6xDiWkP1g3X"
    "2fNuUfrYZ+Wv5R1c5KtbMakmY+k2hndX52d3724eK5ull9gKa1OeeGkThrPne/1iQwOKWm"
    "Z0ibWATI+9GAG6aqswfKtfEXgf8UhB1JycufwcK3XWSEw8CgAyAD0tSB7xLkie2A3VfcQf"
    "t/3pzXAeVrd9WeptomeIKWL8C60tZK6FW5l2S51z7lz6WBbBdT9k3d3CKdfVVFQqhMVCuJ"
    "zJRc81L6reLofoUAOwHZowrdBT5BQIfsh8/zGrmTgPs2eVPyR7SZ8RobyOgp71Oxgs4DIs"
    "DBdMUeXFkudbv0DgKKLS8jnyLyyYmnDq3nagkFdXEL49o5ML23L+4N8+MmkB9XI35ccleE"
    "36gywHWpZjFH/9n6E8oyU6Z19Z6flmk9EDUhzIgQqAZJqkS1OoATkkZTjjNBAoMX1v4ZWg"
    "5/ApME04hdf2Exe+F/2b+PHz98uL6+Zif1Ennc2BAPOt55RRWOGFY4Qn7Oxo4TNgYG754d"
    "tzBNOWx6rmdY1MG+w8G+Zp+TnQmEQk/6aC/yTvBwH8lh3ih9PHpcSDTVttGDRsL5tuoxD+"
    "sxu3BjI4cXUrHHJBVAL3NO0Cjt/vSKYZMfE1Xm7DHa6zt8FvhYY73Daw5f7kvjMoHJMeoF"
    "4qMm1ZxH1dWcR6VqzgeMDSLZay3Ho/zuxfLj2DBkCMl2sROxKoCLAC8tjL0W6Jb4FLTlvc"
    "s0FZNKb9scl4K11NbSQ/wclu1pmedSsBZhDescCG8pLuMQK7IpYIvA8oY7Uo4w3PtMnp4U"
    "rka5okc1uaJH5VxRgn1Pl9NrE44eEeZD5MZqOYTlJkSLFCop8SDkbSUjBlZy0rWUQDZ7C4"
    "hw6CykUymQhbwK5DLIOiSrFCVJDULMrGCuVnyZ0PMepHGu4FZAC/bzqJIMeg3ATSvHQE1E"
    "m/JTF0QpSjW/iQLV4rkXeVWPuOE8aEF5TjjRTbY6J8e1Q3HOeJ7s1u7xquRpD7CqkqceSp"
    "5umRS5vTy/PxBJhi7gTVcapTjYDm5OHOawZW8BXH++uqqrJ8vY5U9o585nQQbmBV9oQts5"
    "tzMt09m1UVUA0pXpjFHvlGkk5O/c0itAKmwl9HlaTb32nh8dfgmrkqSTr+iWTGkNJYSN8q"
    "WDTAr2CaFDzGAUAS9wcsJc53dgvULOjP3E7JrB/t+IU6TbLKKyooeVFb30sF3V/Lk6YJHn"
    "ml5b9e4TcZh1JY1ylmeCWXzdg8zEHpbK8E8YJghv96MBPASJXGlkyqFCx01Cx/KOtMk6Tq"
    "fkPwtVNCn9JcvSXwLLwBWZGkdPUi+4oxtial2cZwUvRHZfDamlTWprV5lCsSG+zRKyYrom"
    "nWw8bPg6DSyUv3zoUJNuADNkYitmxihMnfedYcYMcC2oi8e9tl5HmUPDMofIoy+j30TkE9"
    "Qeu2oFNJQuS4MCt3vVPBY6EiIhy6I0DEEqC/tcVAvktmS6UJlR4VuTk4WgvmqZkJVlVWne"
    "RYBNooXJrgLnft1oyhyfmkzZfDKlsvOUnafsvO12XhoprDL2crHEbRZfGsZsZveFi5PEOg"
    "MU40fAYxrMZkPAwjRq5qfzPWSBcJhP0PbHZrRB+x/C3jSnFHQN7Hp1ZSMOy0asGHFSnaUf"
    "0yv5Ljgz2S6XOzFTBoWn0kGUDjJmHaQgCDrANDx9r/AYt21TXFMJWJGh+UyqnU8X+NvHcP"
    "a7ULPLEdQrdgFpPEi+qTs/IudaFEGOMQNrz6QUOcB0UrUqyFcKe/YCGPZyDNs1s18hZVoZ"
    "rxsHprBPffcvoJS7gSl37Ek5SGqYUoZlgr7qJv2fq9s/C7o/66ZrIpECXZdGkmHqrffTiM"
    "MBj6aoQWBNx3hT2BZwCvu3+ywzF24sDAX4Vnc6zbCoTqc7dDqVb8+3/7Z8z9wzbt4kUDuv"
    "DtTOS4FayDQa2xVVmFRqF1kWFYcptdtB36gWQdSiVlbAPr3q+Cml+1mQUA15nlwucp5L5c"
    "s2yZcdV7eJfrWgcTYeaNJugo+IbvHIM2yq3cDQ5GfJ3fo8PqxPbJVPvsdMenFwMnd/VufB"
    "chml5mZJGziwwkgm4Lxh8JA7ihzuPqIzwJtF8qTSZDKJ71DTYld4xiuI+lAD9I2ZEkTkvO"
    "p2ceW4GpbjKthvOtuHMjpHjmmCxn/3Waxt8gFVKuA2C0nZ9T3Y9UpZ/k9UllWfIdVnqGdo"
    "O+oz9EwWgId1RAgyagLZJZp6SyCmlg1n8/HC/EOBFXQMC3H9XEfvwBd0zuPIfNKwiUiQTM"
    "hjzI9ow2cThnshqESjwfxi1wquPyJXGNLez4uoYce7N81u4i9jVDVtsw+3DTtW0e79RruH"
    "qNcKPMCRhBqxbhtIIJmIbMKwUzx2PE5ANVFaNXtub1AMxTsbltlXqGTBrW2aWEIk0R2A+P"
    "qKZ/JBMP8JXIGwNo43O/vqn8x/0tnPn44W7Kf+Zv7VP9X1n+paBLRbTHlbh+Vtfc4+AQNS"
    "UlWXgFGlBULLhMJenzUzulOW/jPXDv629J0wkXrhmxY1HfKKv97f96Wm9q1A8U4BMrs9pu"
    "/RNmCH0Ns3p/3YBR1bXypW091RqGZI7hlWXjDyJDj6ajs1pEyqTUN9m4aBWDC3QbH3LWJo"
    "E6EdkyeY1VkzYeG45mVomziVI987s0EekcErmcJ1IkuE/Bx4dA2TuJDqzNQICp0IIIyHl6"
    "8z+mjgWFCwLvQod/8KyvwZlvkTPUkJZDMcamzaWBMgsBue3mP0EI/LV6myH9o7K1X2g8p+"
    "UNkP7fTTO+Q9MQP4Cj+IlNPM3VrNlIR0mhURNlBLl0zlw+sffRfwYePgxVf/rWEs2c+lsW"
    "A/F4vDr/7J8uTkZVJyv9jwASTLJYAL7FPeTynCVaSTdr28UkiHpZCyQ2AlOfoh4VCu4wau"
    "Y4q+CRSne3ZVDG9MPwlw6xSii9/u693CiT50dXP9j5i86CtWuqrSVZWuqnTVMemqz9xJ9I"
    "5rZ0ItNbhRr6AmJA1U0y/oHNvAZ0otWJt0xVRBD1voHcBrh092yDgysQeiKZ8iHbT1Oh0r"
    "m9WipHsJsl3pzMR4g1fiP46fI8C7dXZztfa5Rjq2ef9ZT4R3tQ5a5Jtcfkj3eqjKD9nngD"
    "cmj2TAjeknCO78tFH2fU3yfckBnZv/3Fi7y3HtIJoHFkDZj26nppE3Vux2m0a+Z8Uu+tQi"
    "1S4eRF2r3CVE23vBr8I5xuzPHwhXxQBBlDKECXjBo9EeXr98B1YMLTIDkBmfQdETzxJiNM"
    "DzLSTotdDVosrLOCwv4/CVD56up78+/uq/gcZP/YRqu1dD+LR56os6WfxiYVjVFj7DVMB7"
    "yblGK8pFsH64+fz+6gJ8ur04v7y7jBJTE19WcJNfSpOgbi/OrkqN952HFjBnuRTODXDmSR"
    "NE6MqtFhxZnh6Fx+Hbd4eH/UiNkwZC46RSZpyUlGsLEySLco6pR5iP5qOG2dDWCD0acCNV"
    "SCBgVQUF9ZGjNhWZIco8wNPm6SR86tF0/2iwbfP6DVPyyeTZ1IPp/MF40DB9otkSBlOWRa"
    "WzltNZbdPRwukvclUiJT5VJ1IuvwkbNDKEZGubRKwK4CLAzIrBXgt0S3wK2hK0HkeH4yRT"
    "OlDg6g/W+YBhHUg9Uzhu68Kh3uZA4K/N3p7V+WyjEZ4oodzquL1xELDxEwr60uJl1N2WhK"
    "F1XmC0hpaFKFhAi7v6AVxS5AnHOu20knLRDstFy3YWhXJnYkivan0FAjva8lqw5SVQLfEp"
    "dAXoqilNewy3Q5uP3ZXU4fJMSoETD5d1fHshEgc1/uwCX6sdPDSbec8b2EOQYMHmrRuTF3"
    "Oo6TFNpscw/VKyZiRmmKAE7j6MO64qBtUdsJMihtBWkps/nuNRmuL2AeQhYGWEW07L/pIs"
    "NzKYmya75TbYoOpt03Hlld6TaJb5Vt9JND+9Qcpb5N8IplFDzzOfgi4toQMDvIDBhKAZr3"
    "hlr8X/f/CgQ18GOWrom2t6KKEWpL51vLjyrwzLvxI8LiSDbIZDyXaBTeUhm60d9d5uGn/M"
    "8ihUBaiGskScEVSvfOY51aTAoU0KzLVNwr6nS6XkphwTtOH2ULQyKhuuX+iVEaeMuG1Hkj"
    "LiBmLEZXouCztgv4+4fvn1FllJ/ZAY8BvuzQ5R/0zGKLqqIP++f1OXD9A9qLR1g7uzBsau"
    "GxM2GeMQDLxdAtdDwZTbNeTx+zjKv8Qe4DVZ8XyGF+jVwyswPwT/BeZggR2fvBSOc+hkUW"
    "XdDsu6lZ2f2+3o3AEV7nc/2OE5J2Y8tyKhZmaMN4oViXQJYZvhUHqwKKmIn38SeCb0Kh+j"
    "CKWacLEPVJ+gZfJaKFGBWyWseab+cH19ejISWNWEi3rv6zQmXOS8EZWGXuqt2GrqpX4Smf"
    "EWP5AqY+xn8GeUnvonH1nME7yJb3NbzndC378BLEwFbT06X11g/v2ea1DIteA/lEX4Hzro"
    "77mP1T2bLdH3REYTTDmULlg8XlX7WNU+tmdo9z7qIBPPd9g72tVxXyhHmwjoha4+Il+FPE"
    "hR1tlUINqnxnuGmEW9Eum60Z1aLRemNNvU22oYVBxhWFrjE/KIKVe8kWGZoPZ4dNKkExGj"
    "qq7fOCl1I+JfKgmEI/IJojtvVB0zr6mOmZerY9grUuQIEhTqetUkLP33qXkeTbKzjjTP6r"
    "75/v/lP2T/"
)
