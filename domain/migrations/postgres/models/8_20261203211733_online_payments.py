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
        DROP TABLE IF EXISTS "payment";
        DROP TABLE IF EXISTS "payment_entry";
        DROP TABLE IF EXISTS "payment_refund";"""


MODELS_STATE = (
    "eJztXXtz27aW/yoY/1N7Vs3Ejp2myZ07Yzvu3ux14ozjbO5u3WEhErK4JgkWIO1odvvdFw"
    "Af4gOkCIqiSBadjmOLOCD1A3hw3ud/D1xsIYe+ODdNROkdfkTewVvwvwcedBH7RXZ5Bg6g"
    "768v8g8COHfEeCgGGkE6ck4DAs2AXVtAhyL2kYWoSWw/sDG/1cE5+IYulzAAESkQpIAuIU"
    "EWmK8AekJkBXyC+dUXfE4Lm2xS23toRx569h8hYo/4gIIlImySX39jH9uehb4jmvzpPxoL"
    "GzlWDo1HtOIziAtGsPLFh+zu5BcxlD/b3DCxE7peZri/CpbYS8ezZ+efPiAPERggKwONFz"
    "pOjGTyUfS07IOAhCh9TGv9gYUWMHQ4wJw6eoT1ZweG8enmzvhydWcYByXwE4oMoPFHJvb4"
    "wtleQAUCLvxuOMh7CJbsz9enf0b3WQMRjeI3/M/z28t/nN8evj494jfEbPWjrfEpvnIiLv"
    "0ppoABjCYRuK+BTvdPU6hTgm7ATj5Yo73evf3D/fJlE7xfvqwGnF/jiK8RRt99myBqwKAM"
    "8y8OhoEc5zxZAewFpxsh3DXovr/5enF9BT7fXl1++PLh5hO/i7uifzjri/wj9oEdCAxur8"
    "6vGdSchSweM3ubfzCH5uMzJJZRuoJPcNXY8iX3xC1+Aj34IHDjX5B/nYRvWxZbLSpl6fGl"
    "enaeGdSAkzN6W/DbmO4dwB4CPiLADGmAXfaLzVj0EoF4DWX8vN0kW3B12yq/Al+/fngvfw"
    "Oi0YWdH4a29YLT7IazH/xtEXomxxmIO/Efp38/6P91EJzm1WvBaHxMgwciLgq4NrB09vWR"
    "o8LSU4L+WPrBfXg2n7/eFbB5tn78ugFXP35dydT5pTxPD9B3CTevOTTj8RM8M08anZknNW"
    "fmSfnMNLHrsq8bKAmBOaIet3I/m7grUXAN8jy0HYs/gALGWZrJQdw9n+DbUQXeZLyGdiO0"
    "BGNXBdpkvIZ2I7RMu8CkjO0Hr0JVSccXsGXP2wDbWAYbzOn2wB/ix5Pj059O37x6ffqGDR"
    "HPmX7yUw3eHz7dFcBcQmo49kLCBi4wdhD05JhmyQqwzhndrvZsIhD3K+xe3NxcC32Pxvre"
    "xYe7wnb9+vHiim3jo7wOWIbbgYEdhBZS0rWzRC017YHt4h0o2jmUsffQAuYslca5Ac42TR"
    "9ZjX3kCXtkIOkno+UgJkEcE6m97j27EtguqlBAcpQF0K2Y9EXyyxg1P/YFrRvPWcUvYs2C"
    "3H34ePXl7vzj59yqvD+/u+JXTvIvQ/zpYVFISScB3z7c/QPwP8F/33y6KhpF0nF3/33Anw"
    "mGATY8/GxAK2PlST5NUMuvemzxMtRsVAWyLo1Vw+VsG2xTJYtsGWXJsYEJsh+8f6KVAPoD"
    "exbombKTIraqXmamGie060/Xe5TA59RuWtxcDAP2zVHEty7Pv1yev786+HNP5m4HkeALEo"
    "9eNninF2e1Jm8+zKDJuI1W7xsPAUED4ByHgTBWB0sGNDiEHsDEQmQGIKO2nZCgo3fCch2t"
    "OXhEq8SWzW5o/YjZ3gIPIcOhbBjf4X0ktvNfDx7ZNuQXCVoc/LaNKb1SQZMyJ4l2Fm/C4T"
    "pHO9HNqi3nyUo0djvH46do1m1ibjypNjeelMyNfHsrYBsPnyC03VtyBU8yvNCdy47WaoyL"
    "dK3AHphGtnO7IzJt30b8bs0ZcJ6olZms1Z5+OWhGvAaVCwEtFK4M2QS1rZFoVwkmJfVqKJ"
    "EZvl0dbZdcqxdUfVstzm6OIEEkjpBbYCLkQWi5tgfOP38Az3awZAIkwQ6KhMdooB1Q5Cy4"
    "+OjxWDrAhH+CJPLpDubXMR0D0JvrJFPxr8LJnoyfoPh02iTe4LQ63OC0FG3AXxQ1V6IzVX"
    "B3ECrDeY+xhHSpAnGeSsf1blQBEtvzXC1kJkc1wf28O6C1e2ByAmvTqO36Za4N3G6zzANT"
    "sKe0ygQ9sYOmzcucp9SrPLRVHoryGVp2cI0fDmTKZ3JtVqt88lGGEw/bqHx+W2JgLqHHng"
    "Y8L2Ewi7RB4ZAI2O5juiNTGJm26FkALgJEyvpluyk6ViG1L2NLXwbbJbIgvmpZMCXQYmAD"
    "MRAKg4IivjHFrgDenz5z+qaJTv6mWid/U8qa8wLF8P81xQQ38KuTBgC/OqkEmF+SASwNd9"
    "mEsTzYZQow7yDJQpyVZYz/48vNp4oUi5SiKFXaZgD+Dzg2nVagJIciJ0omeB5+PP9XEerL"
    "65uLoozIJ7go8mcumKjAnhJo1NujPi7jSK/n5bRCJweiXl1Ah0cJnpsmDuWxaIURszpVax"
    "6NNWBmcANvXxKm9wONXWrgCTohArYHFsiT+e8aUGh1aljqVLI3FrJqGZXoFqh04Ecp2H5w"
    "Ydd73cUdBl1XM+ScDkBsJAlkuogJf/nnLeLJUVK9Nc9hr9hcqxEqAFXB2H+Wz60mcew3Hr"
    "rD7EcPUexD2KlbxbDfMsnj9sPlXSGIvQuJINqN1fJAuls3SwMoHdooQt3FT8hlNAAv8od7"
    "akSNJ45sp8CWlGbZYh4tNwxLbmDbil9RkhpyNP3JDINHuSyNia3fUibL0WqUJSjrdIgdxk"
    "XpmP0+Y/YhVXPWrCkmVy9kJwWbtLdRB53pnPSOc9JjO6TUNlIp3uSJtFwTyzU1SekZc28e"
    "Y+Wc9LKxeWRIN9Xq85usiVLfn0sgNB9RUOcRyA2Y1ZoAxFA1f0A0PQVwXUR1idmDz9g/z4"
    "A99opr9Ew3d4EJCS++CnxoW8BCjHvYwUyEVQW8znb8Sdk8sJtbaMvBsCwHyxi8hrAmw7WP"
    "oajG8r1vRK+ySs5ukUwDWwQ25h7K1q0clYZV+8Sm5xMTbEO7xLRLbAguscxmrJSHmzjEIm"
    "l4C39YfJoCTNayaOrOiqVsBbeY+nRaxh2ejGsId5eipLsm0hYOWdFhPqgiBLYe16owWI1r"
    "VnZt59WV0GrptwriNq5dKa3eyBt0YmVGISfWOGsXunahTxVr7ULXLnTtQi+DrV3ob7ULfQ"
    "RLPBoXetE7OzKgJ+BBv4Quk/AfpAUz02uzOkuhmR3VIIPOJ9jF/M+3YB6uwCfwgALwESwI"
    "YsMx4Y5uHPrY40a/hc1WlafJsT8WM1H9EnqAV0lBIhieFyXhPUxtLC2ductbaevisKyLum"
    "jmDuUprdnuUNtKeIySOpCh6VHj4qWEV9hD/Whe3UNNH0MVlOPh0zMZdF9hhp2vxh8hrCjk"
    "U52fUyDTTSXLZkUurrTBtkSnwS2DC10hmau5HvJEGtYyrK7tGQ8YW1QR2RKd9pkVoX2Cjm"
    "0ZFlypxDfmifoD9dVYUOXHo01pKAsGq96tOSLNB8qwCnSU1N2UQL/5pcY5ASRBmyrVOcIJ"
    "2rRHYsNOMKmvRe5ZrQqRr8n0Ag96gXlp2CeJsl/b4nlNpPvDN+/uzF6KVk7ALJ2u9j7kl8"
    "nDgZrVNx6voxSaRCnoPjM6XmHf0I+dW7XKS4rcklvmJV2KSca75OWUpHI8YEi3zd664fNk"
    "Pd1TBMtk33VLnD5zX/ol+31KGO00soL98wUx/iwtTJC5OquNrmAfGXQ9cGOAxd2SlxZmGr"
    "8TregPFPA5eLP6GXAh+020qX9eIg98Y0zx9oIBfHnz/oqhfHl7dSdahuIAUCRJyup6ch1E"
    "MawgClF0UkXWSwm0mKfFPB2W2kbq2+0Z5PpOfOBJjqDk4oYTKDtMrUR+SjsD2GdnQugFts"
    "Mbiy0WwHQwRdLU33ZT6LNkWGdJgL5L2Nwd+1SOazJ+EidJHfu6+tddjnOVerGk3Ov65tO/"
    "J8OLDVp0dtTegsgCGIQSbaomjiyl6K0b3AFnlv2YHo+bBJMdVweTHZeCydjZy7CT99yrZi"
    "B5qglYePtmIlo8/auIp8OuQDXcs1u1BlWTiknKWVPb1EwaBrS7qJrUo07lPSFCYfzdJWpV"
    "5vqsXrMqjGyiXC1hIDqJsUV/CyDgN7fYn8ifsb+oCx0HWAQuApGxJAxxdgAc6FNEpZrWtv"
    "NJ1K5fD3hHaQ+JwISQRsv4m1bG9qiMZRaksRt3TTIJlSwvtDbpYVzdwrjUwTjZ5Qr4Zkgm"
    "iG/3xlPBolS1rr6DPWzL6Sk5qvsUHsHmywBXd9FNCbbqotsO6L8tQk/0WAfz0HYC26Mv+G"
    "3/vgddbCfNddF332aX2wSv5Sh1+NrQAkJyx4ZvtdS485Ra4x7wspeiMXj9fjUz7Zpiegba"
    "0yai2Gm1LHZaEsZEbUvhJ1J9q/KUmncO5yUamFtVRNZJlf8k5q5O7U/HNFH4owolUV4UCD"
    "DAHlq3AlkQ7EafxBFs4BAGwGVQi08RNJdHM8BUDQvMV+Ij4fGRWgJ2diO5iSATcpcax7SR"
    "YJ9Ggn3lQg9O9NDJ0GNJiRyQmjS0XTz2s37oLneZ9SdNXh5jXEP09C1epRyhfpMG/SZxCa"
    "2NuYHqhMhRrG8iVqsVQS1QaSluFJ26hvvabIiTKEcuKu3WLIkuuiLp98BTtQyROaSEa4lO"
    "g7uxGHLWjLFtXM/0khBnxbie/DlTEdcj47pd4Kvjpsr4rt/5DhBWyREdGJtoinCJRzbAWJ"
    "xXHcB7k8wzTWizx3oOVfYA4NPX6+v9RfyFxBZ2a5m9X1yabTD4p4MaWPwZvc3r7IKYDhBu"
    "XeeTAdsD39AldmX2+6ZkHedJVUu++2hNm4kLEXfiP073ERSyUQKuNsM/IxO7vLIBUQsoK9"
    "J1Y/jar8djxzFlumj8DsH1l3Gl8KbopgQTyN0pVmdqAO5JXW2mIrjs7r5hQh+aakWhS3T9"
    "2XqOx+JU0hX6eqvQx3CiS1sWdloLdpZMw90cbt9GJjI4LIqu6DKh9kVLLUPVGkpBH+yibN"
    "V0dMGit3ex2A6eL8kUE4QngPSRHeHE2nIL3bF5LtnYEYqulTjt1AyQ2A9ldoCMbbHGEJAd"
    "1cASsMRMm+Oxv7xZGV4sbBOBYAmDKLaOgme2YuQdsC0KIEGA65YUUMzGoBUwocdLbc0ReA"
    "gRpUjaIW0Hd9D2hYHbF1zf4MUh1IwLOaJOgtAnbVhg3xIrIpwh2VGQ/5QAHr7lpifTwujt"
    "NkPetzuw28AHidhWnWOZjB9GiiW/32RSLHkteMlaVBcYSgkmwET6ri1EkMu/J2FSRGDgUN"
    "XgIyPv0fCTfjJayw8N5/zp5kgik9QinyfUxjYFyE2kdo6mBNNL8uxeSnEgDQyXqZ1MWW8R"
    "0Cwh14HNQw5sJmhhO45RUQWkWoAq0m0lSI1nfXciMcVYWmGbN65E3Mv71qfuMKXXTdeCrD"
    "7ZxlmZooNS5RkXuWURbvLd0gVxHk0zwk3QyFOT1i7fupNPpgT7NIHS/Y42QOQiy4ZbAhS7"
    "nz4mU00RpyX0LLxYbLmX/hHNMlWQ+oxAGCVAPgPC8ENiLuHWh9xnNvZzPNV08Vq5aOtz7n"
    "M0y1RBIshCyDUW0HZCsu2uuhWT/RLNNV3EIrPv1lhF00wXpiAknkEQe2S67Ut4Kya7jeaa"
    "KmIUkSfbRIaDH7ZD60s00XU0zxShirgWU+g7aCJ5Z5uPKJhWhmDevSu+oPEMHQdt+yJGYH"
    "0TU01pcynF6K2hnUOHp0ca0DR5xbFqbG88dIfZj80IX0RTnq9nnOCWnIdiS3YJm5hxeqi1"
    "jAeN1OmaoNBU394cGWqkan6T+FDfNtlZjQBc12mkTH5+C3yC8QKw/+E6LRQTgJ5sC/EGrQ"
    "v2B1y31pNFhnY6t+7NN6xKj2KXKfYryNJMMP/x+KRJHWI2qqaPWakSMXuJjJAotd3IkEwg"
    "zCiP8dnLJvF0bFQlxuJaAeOQ+JiqBSyuSXrEOOGQ/WDdfX1A7RKshn5aLkFd9ky3hxuSZD"
    "5TKHN0ef7l8vz91b5qxbyHtrO65IqRPFEsd71WJbD4SMPMDG2iESDyowVXTFRnC8ql8UPh"
    "6gFRh1969A7MQ9dHFni2gyWAHoAMSNsEoU8RkesB28+4hfS/3zSPAaUoddXuqVoneIJOKM"
    "G6UtdKx+tMcMVM8F3yn8RxLWE9GZ92NddZZgY16U4Rc+IfKMh2swR8mqiLhEjmBof34Sma"
    "w/vwzEJn7OccntyHr396aR0B0W4F3Ic/IesV/+xswc0JS+gsODdZ4pAnpgJqO5z7SBtX9P"
    "0M99699yGgwLaATXkqLKBLTIKYJcZ3gx59Zn8IrsjufPbaQuznzy8tpmmyO528PHl99AJ8"
    "W9q8PlfAJ+L5lWK29Re693LfiA2yoyHxMkV9O9+Jjwh+ngGejyseiH8+AxSuKG/aydkuvw"
    "tlX9Nh02ijzACNMupJuVtm5A5N/Oujg+TQugiUM8z5ovZkImgiUxxXyxTHpRaS/NlbWQhy"
    "hBM0EIzEINAoNFykzrTMuOlzgXXof8vQfwe3axKRI9TZVCNY47mkdGBNR/As0eScE2+a+C"
    "beVLsm3pQ8E0IRaFHItUg3Oai7F+20lVpbqXuGtqNi/PsxE32wkOvjAHnm6haZmOTV+8pB"
    "szrTkb0ebpD1+I1WpDtuvECUrVEUVcIYHzAh+xHymF0eS8JD4Lh55xGtZrz6GGTjA17pfA"
    "m9B0S51WPJVqxsHOp26i0MJmx6lRMgHj45K3aHQRY1bUzNJHytKdxrignaUbrvr71gN0fE"
    "J7YsnLAa5QKZlmo2SjUR6ypjXFftIKHov2DUfqSZnRQ60KEu1Xt+WqEuA3Hb/Qee34aeTA"
    "iLr9RKXv+D5wYJG7eUp+YSWaGDLMAImezDtpaQj54xeQSW6N3OHf3QJJhSwCQkHvNrinR/"
    "cIhePLwQ/d0tuGK0BPmYBEcyv9yubiNtJ584/rnkpLvI79ONNfzKnKML2hiGHjFxaPWZr8"
    "/8Xs/8qICC5MhPKytUn/hpS8HN5/0NP0TXiToWr+f+exSq8nsSv+KHc8c2wX+x/z5+fP/+"
    "06dP7MRdICIPuelkRh19MrBjW6yf0sGdUkzPTtV58gRcV7pqqstnSLQyv4Uy/8y+JzsTaA"
    "CJ8tFepJ3g4T6Sw7yRWzteLuRJTohGCx1T6mUe9DLH1YYMl4kOWMm1XqacoG7U/emVwKYe"
    "QVmm7NHuH3o+tJNnGh3oFaWO66NVd2pKKQer+oxhcox6gfikiYPlpNrBclJysDxgbFHFVo"
    "g5Gp37Uqx6nyiGDCHVJpMyUg1wEeCFgzFpgW6JTkNb3rtMUrED5W2bo9KwlrrOEsTPYdWW"
    "s3kqDWsR1qjWGOWBoioGsSKZBrYKWLX9WqDSsJa4q01FNrsqey2QaWCLwPK+ZEqGW7xbNW"
    "FvEVgnjeoLndTUFzop1xeiOCSmmh6WUvSIsLmM3I9j1HSjEoXUiBUApeNMStuKRwws3ahr"
    "LoFc9giIcugcZAZKIEtpNchlkE1Il6LFkdoZVyTT0FZAm27ANgCXiDXM1TowO0/IgzLOFd"
    "QaaMl+HlW8Ua+++GmFG+X6wvtWy0XPU07QQTnSVZc4LEsluFPZtMW6F2l1Xv1wFrr8fptM"
    "9bPV05BzVFtkIY9nZTckIevcbp3bPf7cbgln6ALe9UyjZAebwc2xwxy27BHAp6/X13V58/"
    "tqKzkStAtKtetDtvu4N6iLfoCX8XwTevXzRrSn7bvcCaCunibc6M6xvU520zWbZ6oYxZ2i"
    "Onrvol5RX6fbYDKA9NEwGSTbNtVi81zCqDTJVHBSSlLKFGv0+Htq+Oumm3JYmzeGat6/cy"
    "xnZZuUrvQMrErtyh6SG1K8DDM7dmOu17clDERVm4gIPMAnJLKoxWRvgct+XwEsyhNbIk+L"
    "55AAUcqbp2YvCEJABDiCQzvg9ZSpLLd7d7eR5nanyW4pGDrDe5+pYjqQY1ehney9MNrEJJ"
    "cJNbhScP8IoRfYgSSJvh7bLJ2GtuyajbVIJXZboOoP1sGz3oyMJoQAJVizJBrTqu4cBYg7"
    "MMulWfsjg7epVS67r+Qdl2QsoQt75/RsSkVsC6xwUKVCM+aqKoUmNWZt0mZQOrBR2QqR0M"
    "YAgx61RQMULPqxxFrG8xJ5M/YTCy3jebmSV6poM4kuTjEsjWNBsGso50PmqVrF4g7MTrHr"
    "fMgAq6OcpZlgMnX3IDO2h5UKraQEE4R3F0VTIVUr/7um0BkRTTIi1IOYJhu0NqXYJa1ral"
    "1zIPrQZl1zj7qQ8EpXqUKJy3qTJuQk45o09SXYCs1AaCiJIRIwRSbRYmZshG3yFrxMmQG+"
    "A9nv0la+befR6tCw1CH6GKrIN/HwCUqP3VeB1dWLdyiat/C+7MfxMnjekMko8ezAEHxb0W"
    "dYJtT41uTDIWguWybDZUm187AIsE2NKIe7jOwFxg6CXoWwkKUrwDpnhLvCNREk+tUmL25u"
    "rnOK5MWHuwLj/frx4ur28FjwYzbIjiRm7VPUep7W89roeeuY2iplLxd1u0njWwf8NtP7os"
    "lpqp2BAONHwH0aItTOwUHcsM7ke8jhfetC4onq6y4bK8LuKHtoPlLSGa/r2bWOOCwdUYTa"
    "KeCajtf8XXJmsl2udmKuCTSeWgbRMsiYZZACI+gA0+j0vcZj3LZNcV1zwGGFM4XBHH//iC"
    "iFD3LJLjegXrATQw03M7aBOT8ezqUoijxrBp6JHQTIA7a3FqtEvFLUlxbAqKVO1JKY/QoD"
    "JpXx8p3Alkh2u7iBFu4GJtyxlfKQo2KozpBM0FbdpMdxdYvjUodjgkzbt6VZcXVhJBmi3k"
    "rwj9gd8GjL+rTUdDO0pd1ZprB/u48y8+HKwVCCb3XDqQyJbji1RcMp9S4pu++OsufWHcdN"
    "HLXH1Y7a45KjFjKJxvVltRgqpYssifbDlKpIo++BEUPUok6ZhHx6lQmnFO7nQBoYiBC1WO"
    "Q8lY6XbRIvO65Kn/1KQeMs+tik1Cflbc/UlzxDpks9Dpl/4jAwsYuM0HtkQ7wWSy2fQa/6"
    "0Fa9ZGTfj+XyM5vlc0jMJZS7pHPXZ3V2S5+NNPzs0AZmy8h/DTht5DLm5kGPGw2DGeCdmn"
    "gocdoWPPQC2wFRiSEQlxgC6DtTIKnMZNnt5NpcOSxzpdhvJtuHKpJmjmiCJp/uY5fbRIHq"
    "ANBNerG25vRgzdEqUjX001WRdGVvXdm7Z2g7quy9Lw0gqq8pFf7T0pt1cv96UKMCLEIU/4"
    "GCb+iSBwWwm/C4AQu9A78z5dUQv7O3+3dgU4BDwp7XnSMCFpgAOwCMYk0oL87S9Q205D8s"
    "yT+7iCoiVJGuG0Fqv1DvWPqHbouanHkiLf+PVv4PPW4l6clJ0n3doXUwmlQWrKk+VKLspM"
    "7TpDmF6Ky+UgQ6RzQ5v1/3wU0xXuoKbY5QOwOG5gzIdQP57ttsuhaLnKecoNViSstMkMtR"
    "bGOdKpDq13nI68wlqDYMe02m13fI60vQIhQvo5qOVCTToYOl0voOfFCRJZPxkxMjdfiY9o"
    "004FbaN7K3ZrKDSDwevclXe5sG4m3K6KIee6JtewnGXqQrNtdqQqhLpMBugLoVc00JqbL7"
    "cmNFgaQ/YMO3unU9gb1yza2rCVS8zV34g6PXtdopnL7OGz3DBkqHbvQPfxRN/mwPHMIoQl"
    "P4644AJgCHAf80etOOQLAkOHxYZny174CHnhABoc+FT0mx2q4n137hYfmFdervOpjudZNg"
    "uqImkgmme609wf2YORjLQQTFh1vTnZsjmlwYQ/d+s+gAjeJ8VHAu0mlO0YRT6FY0u9zLul"
    "HKJP0IibCsJBnmifT5utmSVNmYXtmQ1Lwv/dAgbqp25nfXEIOWY1NJtZa6tqVsVlPJemxD"
    "PfUBM5gB/0ZJ9drE9JZGH78FkD4iiwcXz3jhtGDGx3mAgb+wicuuzFe1Ac07vZPWYIelwf"
    "II5WgbtghtzhFqpWCzIKU12h1ptLpX4rqGYBPf/Ztq1/2bkud+HKHjBLGxlM/ZC8zda7Ex"
    "N1WLZ84RTa83cPc8WIehVEI/JeU29pq0WOY85QSXeaTRRpJlLznFtUlDmzS0SaOxSYNgE1"
    "GKrJoy8qUxs1rDRjJatZi8CR1H2BqW0LMcxOskmehtYjwgSAQFiVY+3BLxyJ3qFERbQfSB"
    "5Z8S5Dvi80fkSwvK7+YmW1g02C2UvMdI1j9y/Ir28esmKgsbVSNMx0qLrjW/r1rzQ1QSJT"
    "p4zKFGXGNIcKAyztX10FOCraqhD0xNrEF1J8XQx6U29srLx6lONEleWGJHGipazdPWFNOz"
    "xZw2OTFOq4+M09KZ4SBIed3YwJacy/VvVYFUZywORyuP3qOS+rg3HccKTXmtqfjSJo0mHd"
    "RAj4mHAxqaS96PCoLjn8E1iDo8A7wA9+HZ8c8m+/nzyZz9NH86vg9fm+bPMn1lu8m0p3VY"
    "nlb6GCpJx9HwySl73deBEf8qIJuMn6BOtwOXtWOzg1ai11XrGxmS/vsvHfxtEXpRO8B5aD"
    "uB7dEX/H5/35W617ciwtBQaueWjO9Rx2aH0JufXvejX3dsxdC1p7s7CteoWojtals18KVA"
    "petVFGHl9eKeJEffBcZMPfIqQ99jogKgc0a1K0QTcaNf/ntxc3Od478XH+4KnODrx4ur28"
    "NjwSDYIDtyzFQ4wPamwbj4kjcQkOsw8cXZBi3GxWkXgkYOGTY2jfikgAPL40BNB9ouU0RM"
    "HPrYewfYdd7jIvR9RH402bHPvScuDMwljx61Hzx2mQJ+QeqQ2clNtOIzLMVHtWNGt80yJq"
    "368OlDqXheuWuzJK2O1IHZybo+VBXh3ArKSUsnid9jruTjzlNpFV1HNP6Vjei5ZYauD5mw"
    "oxbcVqDS6mmD0k8xZGWU1Us/ZaYaGchN49sKG2yL0k+RuL9lRaNLMcn4xJgquCWVjLpTLW"
    "+RhZD7C7SdkEjVy/yAWZ2KScRQY5EZ26QbI1mBgEffORjzVELHfkTgIYwidMChC50F5pmE"
    "MzCHFgjgAy+dEzcaFerj0Ux0UeGheQ42H3Eojfzb1W02q5q/5irJsYP2N6189ql8xq3ckV"
    "JSTY5ogjLoDipw6BIRk5Q5dfVW3dluaAJnTa3Ry/Mvl+fvr/aVUHEbtUkgclEqvrZBisqM"
    "atTbznd4kLoFEkpwuLAJDbi84jj4+cfQ57LMM3xE7NcjIcVgRmauGDvhMUT8jyUOKeKhi/"
    "Ludt3e4t67987jizYVIlXaEZv/4TNJ0o48+Ey3QGBBsPsOHCbLPotIZ4DX0jtaZ2iIvA14"
    "76U34peiCopJ9woQPNsmKjzfMxMLxSh+77gvH3tmai6RFTqIVLbizkt2YjIjztAQZf5+00"
    "6HfTodsuvR2PiYJZqg3HfaJM/mtDrN5rRUGkAXwNxhpofFOI66YL2mml6uwZRkaw+1stln"
    "yHTQ+5DXd4gJceWqKT7yrBEnw4lQESaWPcoiy2oO+jzZ5GoAdR9poFN1/iJc69H2DfV6Wg"
    "Wyyb1Q3fcK5vUSWxz/GTL9Ig35RYptGlxYUxICinSTe5W6FwJwGMzxd8VuWFkaHQcn6Re/"
    "x3S1Ae3W7iWpP0LIRKFAYpiq3KxZEh1oWNypSYUlFzFk1JrBlygnt3+7d/UyzmlitYzLDE"
    "l/mu1oT7N9dg4Z2qG2471MURA4rcxweUotig9ZFNcB0tUv2HSL9+jYFR270jO0445dCULi"
    "3UZF1A+kASzZAbP6KBY+1CCZsU1STmNw4q4iAQbRPHHBG/ouihWxqc9TP9k4ijyLAspoeD"
    "gHTxzFjoPMgI9zpfmm3d9BJ5sOK+4jXkkFZDMU2g4ksQONwo2J/ciTN0aFT4unWjzV4qkW"
    "T4ctnu67WP0XRJ5sE13jB5lwmrlaK5nSaJzhxAMbiKXrIGcPBwgc3odvLGvBfi6sOfs5n7"
    "+8D88WZ2dH4JnYQYA83vWObabFAsA57/IOU7lTJpN2Pb0WSIclkLJDYKnYnDilmGCUbPfl"
    "DwL0XSI43bFP5fAm4ycBbp1AdPWvu5wsVKo+mMpD1zef/j0ZXixJqGVVLatqWVXLqmOSVf"
    "dsSv3CpTOplCou1Auo6ZAGouk3dIldEDKhFjzbwZKJggQ76C3Azx5PlMsYMjHh1fSILZdB"
    "W8/TsbBZzUq65yCbhc5MKWFxJ/7jdB91hDewlDrp8xmZ2OX13ohaW9Ei3eRq8XUvh+oy5D"
    "sEl/MjFXCT8RMEdwcRXezsDGUBibWFhDNUPVYSTj8ZVSnhnDAdnZ+qsnSOaouDcGDuqt1I"
    "0hFYXQjS65lGietmMTq3r3JSNHsE8Onr9fUexej4W8sE6aQMXK0onQ7aKEzfLRGICX6gXP"
    "AFPMKPIUzBIff9E/x89JbJvl7AppnxchaEzgBkOr9oDcp7APBSYiR0EC2L2J3Prq28w7Ly"
    "Dl/44105zFen9+FP0Pp5V0rMrsVAXv0xCGXlxH9xMKzYw1miAt4LTjVa5i6D9f3N14vrK/"
    "D59uryw5cPcf+Z1JYoLuYFlNur8+siyth7aAFzlkrj3ABnHrRCpab0mij/DE2PzOPlm7cv"
    "X/bDNc4aMI2zSp5xVq4QgClSRTlH1CPMJ8ejhtkynhF6tOBKqV+YhFT3Dav33LVpYByhzB"
    "1sbVYnpdNL0/3SYNflbdpsxZXJk+mF6XxhCLTskBqugsKUJdHhxGXrl2t7RpSpqNYMrkSn"
    "86DLXfaiKpoMIdUWhjJSDXARYKbFYNIC3RKdhrYELeHocJxUUjcKVP3BejwSWB0ELYOxzl"
    "Aq9FXiWiTrD9jXY9mw0LKY4KCUF5MhmVyZiZOXTUrLslHVFbJelorL+gwjJatqSjA5fLsv"
    "QyN8DIY8eLYa4TzV5GA+brSNj2u28XG0jUvOyf240O4gfbxksxxIfGjptVmdEy1gowwzGd"
    "akow8jAJyAJ88GPGcWJiFjovI69ICQ49+B38XctvU7r9QuQtB+SIq5RxPYknr0Xd+AV6Pn"
    "njke7eYjDxzySY9mAJom4h1geELG61fw7D48e3V2xi5E9hBwaHG/HY+WY/eJ69v8DihcUb"
    "DEz29BWsZtdu/xnki8txDj/nFVefEHpNR+8PjvJndCO+zjI+3cG6BzL95GKnwyQzK50Lnj"
    "kzeNUmDf1OTAvilV4uHvoArCKcEkk4z/IlW79nfQd98BKz4wWqTGFEh1MalBF5OK/CEtEq"
    "CyhHqNh7zGTI9kV11k2VDx3C9TTo917uL4j3ALiaS4/CawY6LJ4XzWSBc9q9FFz8omFZ2/"
    "WY3+hPM39xtyPrSV3ibVqlinVa3oeIZEd2Lf3Ild4FXGVzmK/yaZZ2TwNg3iz+4reSKshB"
    "t0gGvz7IixIluTHrHnJOM7m5etu2R/HMiMu+urs1rzrhhnmMnAZi1HGbTcNMqpZoAGbNtY"
    "ALOTE0AK7ICCR7RinyzYAiAiBlf0FVWfRzQP9UDoUd7hMzLiUgDBHEGCCHjCIU9TFr1ARS"
    "lHyL4ppChuBMrbglLe+/MtI3EQ5EUg+WpEDUzhvcdFgB/FE7BdSlbcMOvhAES97QH02FvA"
    "8zBCz0E0al3Knx1QxKSjIJkxwBgcLhF7c+69b+z0v71gG/by5v0V27WXt1d3M/a9/ADgMK"
    "A2I84+59ELcCdaoPI+paI5KuQFfuY8+zp5mDmbNkEOPrC9+459bZvhEIhcEZc9AyPx0DP/"
    "otqePEB7cmZDq6g7BbLJ2ZV3kDUs3ttW6k6BVNtrhmyvEfxRTRTPkmhRXBLgkr4A85Wi3l"
    "im1OnKtWqO2IsdiONroe8imXFkm7ipWJ59eyuqVFbs5S60nubFlYa5ezfCW36DB1UKtLjP"
    "a/Wf9FVopAQZ6bvYJNZFyGKAhB7AC6EJUBGBImrFizmBz75wJJ9zvYGJ6Gzr+BRwbWTF1I"
    "gEaEEsC3bZwR20NjAsbYAvYKqAN3Z9ZIkmWOSm+3hHE4cydaty+6bjtXQokQ55rWKV/ZqM"
    "n5yXbieBz4mvTSau1CQt56gmyBS6NxBod+gmWXES9gEuHbVa5RyhtgENbY0VouyzgoAlS4"
    "a6iMl++ectctLCUZsU7fG+2CUl8M/dq2xXXkBWB5XqWnR51kBVQ+nIRg4rFz8h3uiXK1HR"
    "DDQqdMt9L8/QYYotmEOHq/0ALgJEmB4ld1m1nklrXcPSutjOCqACrul4rQ5I1IF4yxtiyy"
    "tZ4Qt0Gl0Juo/se6goAsn4CaoAO4jbd7mir5jRnyfS6fzFHat7mPe3gXkiIZZs3pri2CmF"
    "Nsc0Mccw+VKxg1NCMEEO/Fc3wvQqBE83JD3SldRiNnI0WlLcHD8dAdaByzvSz7+l040M5q"
    "Z+79wGG6DL+xoHB5XWE35x1sB24uCGHdnvYvtGFIRKiP0kglsjAwY4hML1PBPVF3j8LgQP"
    "BHrBkYhCRd99m6B0tKQieseTa/vKsOwrYrmQCrIZCs3bpQF5Lpub37E5pjkajaoE1YiXyO"
    "tD1wufeUrtHBqacyhXXQSHxFQrL5JSTFCH694IMS4drl/otRKnlbhNR5JW4gaixK1xD+m2"
    "YQIi7ThC/SsdI+vaY6jAZzbXQaWuK67OGii7fjKwSTQ3G8v9+j5BPrQt8Ay5/z7x8idh1z"
    "7BVmgG4BC9eHgBjl+CfwPHYI69kB5JA7g7mVRrt8PSblXDtbuN1B5Qzmb3cdr0MVSS06Ph"
    "ExTSu4d2+E3qRuzFilm6ArPNUGg5WBZUxM8/BTzT8ToeowilKCihGOOSo9EbVILqE3Rs3h"
    "lL1u6sEtY8UX+4vnp9NhJYmZhuP0kOqtpu5GuiHpuRJ3LXqHqRKwTN717Ni60RlYre2lqx"
    "UdVb20maKHtmnMT9A61Sxt6B3+Pw1N+jUjwI0NDlulzoRbZ/Czg4kHR77nx2ifr364GZSU"
    "PnUvBvWiPco0ao1ZadqS3xe6IiCa4ptCxYPF4TvqFaDTRPpsuB1lvts9x5S7u9Qr2RgUK7"
    "ucxifnNtYbXnmWHSPqrq+X1pOtpEQM9xAS5bdAFSHHU2FYh2KfGeI6ZRS6vVxFdqpVy4Hr"
    "NJvK2GQfsRhiU1PiFCbbXkjQzJBKXHk7MmfenZqOr8jbNSb3r+UikgHA+fILqdtbfLF9bx"
    "AiQrrVPXuTwl6b9r+X4kyc76k+/VfPPn/wNdtHYX"
)
