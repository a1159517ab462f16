from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "alert_sent" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(24) NOT NULL,
    "ref" VARCHAR(64) NOT NULL,
    "order_number" VARCHAR(16),
    "recipients" INT NOT NULL,
    "sent_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_alert_sent_kind_2e7700" UNIQUE ("kind", "ref")
);
COMMENT ON TABLE "alert_sent" IS 'One alert about one thing (an order, a failure); the unique key is the send-once guard.';
        CREATE TABLE IF NOT EXISTS "api_token" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(40) NOT NULL,
    "role" VARCHAR(16) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ
);
COMMENT ON TABLE "api_token" IS 'A bearer token for the admin API with a role; the token itself is never stored.';
        CREATE TABLE IF NOT EXISTS "job_run" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(32) NOT NULL,
    "key" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_job_run_name_d17305" UNIQUE ("name", "key")
);
COMMENT ON TABLE "job_run" IS 'A scheduled job''s unit of work done once across all processes (e.g. one day''s report).';
        CREATE TABLE IF NOT EXISTS "reminder" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "cycle_key" VARCHAR(40) NOT NULL,
    "kind" VARCHAR(12) NOT NULL,
    "due_at" TIMESTAMPTZ NOT NULL,
    "need_at" TIMESTAMPTZ,
    "status" VARCHAR(12) NOT NULL,
    "claim_token" VARCHAR(32) NOT NULL,
    "lease_until" TIMESTAMPTZ,
    "skip_reason" VARCHAR(24) NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "delivered_as" VARCHAR(12) NOT NULL,
    "outbox_id" INT,
    "sku" VARCHAR(32) NOT NULL,
    "quantity" INT NOT NULL,
    "payment_method" VARCHAR(16) NOT NULL,
    "outcome" VARCHAR(12) NOT NULL,
    "order_number" VARCHAR(16),
    "settled_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "customer_id" UUID NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_reminder_custome_6140f8" UNIQUE ("customer_id", "cycle_key", "kind")
);
CREATE INDEX IF NOT EXISTS "idx_reminder_due_at_d9af85" ON "reminder" ("due_at");
CREATE INDEX IF NOT EXISTS "idx_reminder_status_597978" ON "reminder" ("status");
CREATE INDEX IF NOT EXISTS "idx_reminder_outcome_c201e1" ON "reminder" ("outcome");
COMMENT ON TABLE "reminder" IS 'One planned reminder (first, follow-up or wake-up) for one cycle of one household.';
        CREATE TABLE IF NOT EXISTS "task_card" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "task_id" VARCHAR(128) NOT NULL UNIQUE,
    "state" VARCHAR(16) NOT NULL,
    "outcome" VARCHAR(16) NOT NULL,
    "accepted_at" TIMESTAMPTZ,
    "closed_at" TIMESTAMPTZ,
    "photo_media_id" VARCHAR(128) NOT NULL,
    "photo_url" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "courier_id" UUID NOT NULL REFERENCES "courier" ("id") ON DELETE CASCADE,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_task_card_state_616bc2" ON "task_card" ("state");
COMMENT ON TABLE "task_card" IS 'A task card sent to a courier for an order; `task_id` is WeCom''s unique card id.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "task_card";
        DROP TABLE IF EXISTS "alert_sent";
        DROP TABLE IF EXISTS "job_run";
        DROP TABLE IF EXISTS "api_token";
        DROP TABLE IF EXISTS "reminder";"""


MODELS_STATE = (
    "eJztXVtz2ziW/isov7Rdq07Fjp1OJ1NTZTvuGc84ccpxNrPT6WJDJGRxTREcgrSjmu3/vg"
    "fgRbyAFCFRFMlBHhybxIGoD+DBuZ9/HyyoRRz24tw0CWP39JG4B2/Rvw9cvCDwi+z2BB1g"
    "z1vd5BcCPHXEeCwGGkE6csoCH5sB3JthhxG4ZBFm+rYX2JR/1ME5+kou5zhAESkSpIjNsU"
    "8sNF0i8kT8JfJ8yu++4HNa1IRJbfdhM/LQtf8VEnjEBxLMiQ+T/PobXLZdi3wnLPnTezRm"
    "NnGsHBqPZMlnEDeMYOmJi/Dp/i9iKH+2qWFSJ1y4meHeMphTNx0Pz86vPhCX+DggVgYaN3"
    "ScGMnkUvS0cCHwQ5I+prW6YJEZDh0OMKeOHmF17cAwPt7eG5+v7g3joAR+QpEBNL5kUpcv"
    "nO0GTCCwwN8Nh7gPwRz+fH36R/Q5KyCiUfwD//v87vKv53eHr0+P+AdSWP1oa3yM75yIW3"
    "+IKXCAo0kE7iug0/3TFOqUoB2wkwsrtFe7t3u4X75sgvfLl9WA83sc8RXC5Ltn+4QZOCjD"
    "/ItDcSDHOU9WAHvG6QYIdw2672+/XNxcoU93V5fXn69vP/JPWSzZv5zVTX4JLtiBwODu6v"
    "wGoOYsZPaY2dv8whSbj8/Yt4zSHXpCq8aWby1OFsUr2MUPAjf+BfnXSfi2ZcFqMSlLj2/V"
    "s/PMoAacHOhtwW9juneIugR5xEdmyAK6gF9sYNFzguI1lPHzzSbZgqvbVvkV+PLl+r38DY"
    "hGF3Z+GNrWC06zG85+8KdZ6JocZyQ+if84/fNB96+D4DSvXgtG41EWPPjipoBrDUuHr08c"
    "FZaeEnTH0g++hWfT6etdAZtn68evG3D149eVTJ3fyvP0gHyXcPOaQzMeP8Iz86TRmXlSc2"
    "aelM9Mky4W8HUDJSEwR9ThVu5mE7clCq5Anoa2Y/EHUMA4SzM6iNvnE3w7qsCbjNfQroXW"
    "p3ShAm0yXkO7FlrQLqhfxvbarVBV0vEFbOF5G2Aby2C9Od0e+EP8eHJ8+tPpm1evT9/AEP"
    "Gc6ZWfavC+/nhfAHOOmeHYMwkbuKDUIdiVY5olK8A6Bbpd7dlEIO5W2L24vb0R+h6L9b2L"
    "6/vCdv3y4eIKtvFRXgcsw+3gwA5Ciyjp2lmiDTXtnu3iHSjaOZSp+7ABzFkqjXMDnG2WPr"
    "Ia+8gTdshA0iuD5SCmTzgmUnvde7gT2AtSoYDkKAugWzHpi+SXIWp+8AWtW9dZxi9izYLc"
    "X3+4+nx//uFTblXen99f8Tsn+ZchvnpYFFLSSdDX6/u/Iv4n+uftx6uiUSQdd//PA/5MOA"
    "yo4dJnA1sZK09yNUEtv+qxxctQs1EVyNo0VvWXs62xTZUssmWUJccG9Yn94P6dLAXQ1/As"
    "2DVlJ0VsVb3MTDVMaFdXV3vUx8+p3bS4uQAD+OYk4luX558vz99fHfyxJ3O3Q/zgMxGPXj"
    "Z4pzcntSZvPsxgybi1Vu9blyBBg/CUhoEwVgdzABodYhdR3yL+BGGgtp3QJ0fvhOU6WnP0"
    "SJaJLRs+0PqRwt5CDyHgUDaM7/BzJLbzXw8eYRvymz6ZHfy2jSm9UkGTMieJdhZvwv46R1"
    "vRzaot58lKNHY7x+PHaNZtYm48qTY3npTMjXx7K2AbDx8htO1bcgVPMtxwMZUdrdUYF+k2"
    "ArtnGtnO7Y7EtD2b8E9rzoDzRBuZyTba0y97zYhXoHIhYAOFK0M2Qm1rINpVgklJvepLZI"
    "ZnV0fbJffqBVXPVouzmxLsEz+OkJtRX8iD2FrYLjr/dI2e7WAOAqRPHRIJj9FAO2DEmXHx"
    "0eWxdAiEf59I5NMdzK9jOnqgN9dJpuJ/hZM9GT9C8em0SbzBaXW4wWkp2oC/KGquRGes4O"
    "4gVIbzHmOO2VwF4jyVjutdqwIktuepWshMjmqE+3l3QGv3wOgE1qZR2/XLXBu4vcky90zB"
    "HtMq++QJDppNXuY8pV7lvq1yX5TP0LKDG/pwIFM+k3uTWuWTjzKceNha5fPrnCJzjl14Gv"
    "Q8x8Ek0gaFQyKA3Qe6IyiMoC26FsKzgPhl/XKzKVpWIbUvY0tfBuwSWRBftSyYEmgxsIEY"
    "iIVBQRHfmGJXAO9Pnzl900Qnf1Otk78pZc25gWL4/4pihBv41UkDgF+dVALMb8kAloa7rM"
    "NYHuwyBph3kGQhzsoyxn/7fPuxIsUipShKlbYZoP9Djs3GFSjJociJkgmehx/O/1GE+vLm"
    "9qIoI/IJLor8mQsmKrCnBBr1zVEflnGk0/NyXKGTPVGvLrDDowTPTZOG8li0wohJnao1jc"
    "YaODO4gbcvCdP7gcUuNfSEnZAg20Uz4sr8dw0otDrVL3Uq2RszWbWMSnQLVDrwoxRs37uw"
    "673u4haDrqsZck4H8G0iCWS6iAl/+fsd4clRUr01z2GvYK7lABWAqmDsP8rnVpM49luX3F"
    "P40UEUex926lYx7HcgedxdX94XgtjbkAii3VgtD6S7db00QNKhjSLUF/SJLIAG0Vn+cE+N"
    "qPHEke0U2ZLSLFvMo+WGfskNsK34HSWpIUfTnczQe5TL0pjY+hvKZDlajbIEZZ0OscO4KB"
    "2z32XMPmZqzpoVxejqheykYJP2NuqgM52T3nJOemyHlNpGKsWbPJGWa2K5piYpPWPuzWOs"
    "nJNeNjYPDOmmWn1+kzVR6rtzCYTmIwnqPAK5AZNaE4AYquYPiKZnCK+KqM4pPPgE/ntG8N"
    "hLrtGDbr5AJvZ58VXkYdtCFgHuYQcTEVYV8Drb8ZWyeWA3H6EtB/2yHMxj8BrCmgzXPoai"
    "Gsv3vhG9yio5u0UyDWwR2Jh7KFu3clQaVu0TG59PTLAN7RLTLrE+uMQym7FSHm7iEIuk4S"
    "38YfFpiqi/kkVTd1YsZSu4xdSn0zJu/2RcQ7i7FCXdFZG2cMiKDvNBFSGw9bhWhcFqXLOy"
    "62ZeXQmtln6rIN7EtSul1Rt5jU6szCjkxBpn7ULXLvSxYq1d6NqFrl3oZbC1C/2tdqEPYI"
    "kH40IvemcHBvQIPOiX8N9nAlxP6j7P3J3UWQtNuGSw1cC1xsL7OU+Ag/3hRNb1Hxjic/CS"
    "6hO0wPCbKKb+PCcu+gqs5e4Cluvy9v0VrNnl3dW9KGxJA8SIxHTY9uTakNgvQ6JIjVARnl"
    "ICLTxp4UkLT6nw1JPE7ku68Jz4+JQcQcnNNSdQdphaIndKO0HUgzMBjmrb4eWvZjNkOpQR"
    "qYNqsyn0WdKvs0Te3PkerspxHVVz5zr2dfWP+xznKlUMSbnXze3HvyTDi2VEtA1vXzY8Xr"
    "0vlES2VKO8ouisZtkBZ5bdmPGOmxTVOq4uqnVcKqoFZy9gJ68MV81A8lQjsJZ2zUS0ePqf"
    "Ip72O06yv2e3btnY29i+DnUq94n4DMffXaJWZe5P6jWrwsgmytUcB6LeFSz6W4QR/3AL/i"
    "Qeb6bIFthxkOXjWSCyU4Qhzg6Qgz1GmFTT2nY+aS9GXvfYJaI7csiiZdQtGfepjGUWpKnQ"
    "miEZhUqWF1qbVNqtLrRbqrOb7HIFfDMkI8S3feOpYFGqWlfHtmngR1FPo90D3H4pY8Hmyw"
    "BX13pNCbaq9boZ0KtmZNPQdgLbZS/4x+6jH9lOSsDqximbaMU9Ur0STGp1r9CzNtS485Ra"
    "4+7xsqc5X71wCIW+LaR0id4S3VqjsqwGNdBWgN4GFWeJYjoEiwpyJUzGi/R+JZd0IVNKmp"
    "Lpfps9MHrUqR3PxKQLg0u6arJxkU53LlwrHuvWpjsE1wOIlNBNCUbghigGbTeK2a4J2S61"
    "NoVnMkzsYVPaqqbS9lOi6y7E9HgoaWC8W9KTZOdeUOoQ7FZGxMdEBUSnQLUrSBNe3O3Zdn"
    "F7e5OTGi+ui46yLx8uru4Oj8WGhkF2ZIUuQw04sbkt06Brwc6Sabibw+3ZxCQGh0Uxu7FM"
    "qLNHpXHpTcp8iPiRLat83PI5BmuHKJf3KBgtZ7Pt4PmcTDFCeALMHuEI960tt9A9zHMJYw"
    "couipUiWnRDJC4kGV2gIx7ucYQkB3VwBIwp6DN8fJ6vMwInc1sk0S18yIOgp5hxfx3yLYY"
    "wj5BXLdkiFFeg2SJTOzyrIEpQQ8hYYxYMqPBDj5B2xd6bl9YeAaPc1MzLuSIWgl4HLVhAb"
    "4lVUQ4Q7KjgNIxAdx/y01HpoXB2236vG93YLfBDxKxrdpdnIzvh7eYf95ovMUgu8hqLVbH"
    "SqcEI2AiXYdJ+2TBv6cPUkRg0FDV4CMj79Dwk14ZrOWHhVP+dFMikUlqkc8TamObAuQmUT"
    "tHU4LxJRS1L6U4mAXGAtROUNY3CAWRkOuon/6Ef5Sjfnwysx3HqAhorBaginS6xfrmElOM"
    "pRVu8saViDt533pSLXxwr5tOa6s+2YYZZNdC1YWMi9yyfG7y3dIFcR5NM8BN0MhTk5Zh2B"
    "KmXNGJMQK1IJYtKcOthFHsW/mQTDVGnLr0HA8SIA+AMLzQN+d4a+b0CcZ+iqcaK14+sQhZ"
    "GDNsO6G/LWB3YrJfornGi1hkidoaq2ia8cIUhL5r+AQemW17/t2Jye6iucaKGCP+k20Sw6"
    "EP26H1OZroJppnjFBFXAt0DF5HcdsoGJsX/eSVJQer/68JFxJf0HjGjiNtQqcO1lcx1Zg2"
    "l1LY0AraadRz1agsQZtgm7ShatC9S7WN6xC3ZLm36dawKZbuHQpqG4aoRUpQTZxaqiWtD1"
    "YzUuWsSciaZ5twVpNsf1hG3OAt8nxKZ7xzFl5lqlEfkSfbIrz87Qz+wKvChbJgtVbn1pUP"
    "+1VsQ+wyxWoQWZoRpmQdnzQpuAGjaqrElYpuwEtkhL5SUZMMyQgiH/IYnzVqp3FW007jrN"
    "xOwwt9jzK1GKoVSYcYJxyyG6zbryqpvRTV0I/LS6GL7+nie32SzCcKxfcuzz9fnr+/2lft"
    "vffYdpaXXDGS567k7teqBBYfaZiZoU00AuL/aOEliOqwoFwaPxReDBTVT2ZH79A0XHjEit"
    "rnYhdhANI2Uegx4sv1gO1n3EL632/keY+yJtoqpqXcWaNS16pqrKGTU/dZPufaIguPBvCm"
    "Lu+ICa+qjAmVB9VyIns13PBX4xs1+oETEJYqMheEjCATw4+QO2O4kYDbNnkLBdGdh1G45J"
    "OAV9WZY/eBiE48c1g4eZuf9qbegkHB9Cr8KR4+OvbUovZczaGwKS+4Xts5sfNi651hftoE"
    "8tNqxE9L5orojSoDXBfwmVB0nzMzolhPrVpX7/lxqdY9ERP+Rqd3obQ4eHynViD4Xzo1/L"
    "BxRXBmzokVOqAjACEcybC1xLH9TP1HZFE37smHTZ8yhng9b8+npoh4RIfkxcMLxMeAEgK0"
    "PvGoHxzJNJVdfYy0fniiaPADXRcO36cvo//JyYNTEvsh3o4cWn3m6zO/0zM/ikWWHPlpkH"
    "L1iU/TIWvP+1t+iK4CAyxe0ub3yFr4O++uC2co8sKpY5vof+Dfhw/v33/8+BFO3BnxuYGx"
    "fLS3MqMOQejZsa3cCXDLHoA9g3fHzlq8SvZpqstnSLQyv4Uy/wzfE84EFmBf+Wgv0o7wcB"
    "/IYZ5gUuscj5eLuJITotFCx5R6mXu9zB5eLojLSxjAMikFzZUpR6gbtX96JbCpN7ItU3YY"
    "4RW6HraTZxoc6P1rX1WuCOkBw+QYdQLxSZM6KifVdVROSnVUHii1mGI16ByN9rUXC/8kii"
    "EgpFpnW0aqAS4CPHMo9TdAt0SnoS3vXZBU7EB52+aoNKylwvs+4eewatX9PJWGtQhrlNvI"
    "eNMjFYNYkUwDWwSWl7pUMoTRzruGdiRwNcoPOanJDzkp54cwGvqmmlybUnSIMG9zPVTNIU"
    "oxZUYsUCmxByntRjyiZ2mmbXMJsoBHIIxD5xAzUAJZSqtBLoNsYjZfoaQoQciJNczVgi8w"
    "Pf9BGecKag20ZD8PKsigUwfcuGIMdM/mMa+6xEtRqvORClAbrHuRVldn7s9Cl9/vuOe0ak"
    "ZujmqLhNzhrOzavk06zXkHsOo05w7SnO+Ai9xdX94fyDhDG/CuZhokO1gPbo4d5rCFR0Af"
    "v9zc1OWQZ/TyJ7J1zWERgXnFJxrRds7tTMd2ty0eKEC6sd0hyp2NMIqLB4ZbF9MVSEXlA7"
    "+Mt5yubs26n9asGWZVFUyesrI1EeUGSQc2iisXESfwDbHLbNEsjSd/u1FM+Fv0PCfuBH5S"
    "uGbB/0t5KPkmk+jo8X5Fj898uqhqT1Pt2MlTja/xU/sBS6CFKqOcpRlhtGP7IAPbo0qZEC"
    "nBCOFtv3mZTzBTKxuxotAu9iYudnWD42gNzGOyM0YimpL8kiXpLtCn54JMjUEszavc0lwz"
    "tj4zk4K1Jruv+lTub2WTqFKFEoPFOk3IScY1qfLnUys0A6Gh/CvEbmAHSwSKTKLFTGCEbf"
    "KafKDMIM/B8Lu0tt+m82h1qF/qEHsMVeSbePgIpcf2yzTo8iI7FM0TpqPAErIkWsKQhPzw"
    "skeG4NuKYVVlQo1vTewaweZ8w8C1LKkOhy8CbDMjCgqWmPUpdQh2K4SFLF0B1ikQ7grXRJ"
    "DoVpu8uL29ySmSF9f3Bcb75cPF1d3hseDHMMiOJOYy4FrP03qe1vPW63krj2qVspfzua7T"
    "+Fbu3mZ6XzQ5S7UzFFD6iLhPQxQudGgQFzo2+R5yUNQVUpRHWsBYUSaJwUPzkZKKym3Prn"
    "XEfumIFe3fqrMZkvGav0vOTNjlaifmikDjqWUQLYMMWQYpMIIWMI1O3xs6xG3bFNcVB6yI"
    "ZN2TaBcGU/r9A2EMP8glu9yAesFODDUWmbENzPnxcC5FMeJaE/Ts20FAXGS7K7FKxCtF/Q"
    "wQjmpeRq0s4FccgFTG8+uRLe3h0/4HaOGuZ8IdrJRLlBpNZkhGaKtu0hujujWGpDOGaXs2"
    "kQnQdWEkGaLOamQN2B3waMsKKdaUG7el5RPHsH/bjzLz8NKhWIJvdUXYDImuCLtFRVj1Mo"
    "a7L1+459p6x00ctcfVjtrjkqMWg0Sz8GSZOJXSRZZE+2FKZYnI98CIIdogp1hCPr4qAmMK"
    "93MwCwzi+2qxyHkqHS/bJF52WFU5upWChlmgoUlZDsbrEqsveYZMl2XoG/8smVv3Y8P6BL"
    "N8Cn1Q6eXOydz9SZ0Fy4ORhpcd2sCAFXkyEaeNnIfcUORy81EwQbyoJg8qTTu4hG5gO3CF"
    "R7yiuF43It9BlWAy41W7k2vDVb8MV2K/mbAPVWSOHNEIlf/2o1g3iQfUoYDrNCSt13eg12"
    "th+T9RWNb1mHQ9po6hbake0540gLiVsVXjyC6NqdcEktGq7mwTOw7/UmiOXYu3Y+Ztl9+i"
    "r+SS+5F9AotBmAgm5D7mR7LkPRyjvSAy0fhVn3iOuP5IPKlLezcfsoV2sM9Oub3qZNjEXg"
    "ajasqLx/Yy7e3el7e7j3KtxAIcc6gBy7aCA6l4ZFOCrfyxwzEC7sQdOyyNQhfFHnrj7U9R"
    "mn2FSCZurZPE0kEK1QFYaM55JB9Gxz+jGxTlxvFiZ9/Cs+OfTfj588kUfpo/HX8LX5vmz3"
    "UlAjabTFtb+2Vt3WedgB4JqbpKwKDCArFjY2lN1Jpe5iuS7iPXDv40C90okHoa2k5gu+wF"
    "/7w/70pM7VqA4pUCVHZ7Mr5D3QAOoTc/ve5GL2hZ+9K+mvaOQt1rc8ew8oSRJ8nRV1upYU"
    "WkyzTUl2noiQZzRyxCFr9g2wl9qWk5P2BSp834Yqgxy4xtEmLiL6M8JIfSR2LB+f1I0EMY"
    "mX/Q4QI7M+oviDVBU2yhAD8g6qPQfQR10EU8VOBogmCEsPs61HykodSsvKuPWa8I/Zpzxu"
    "Dg4DetGnWpGsWRykQpASVHNEJZvv1WobpU7GhiH7W7Xrvrh+qu33M5oTuy4OD5clEqvrdG"
    "isqMatQ7w3O4B9RCCSU6nNk+C7i84jj0+cfQ47LMM34k8OuRkGJ44R9zCeyEG3r5H3MaMj"
    "KnjqSabPsf8c395p7HN+0oIT0N8+V/eCBJ2pGZxeQJ7LxW0Tt0mCz7JCKdIJ4lerRy/0dl"
    "jL656QfxWy6BaZPnBsHuGdTpwvM9g1goRvHPdsPFFH6FZ2bmnFihQ/zK+OK8ZCcmM2L3v0"
    "hg/U2bxPeZOZ9dj8bRBFmiEcp9p02COE6rYzhOSylPOrV7h2EEFnCcDZq+plTjc2SPSbZ2"
    "yUaxChkynTfW5/XtY7TV+LIIHGwvQCx7lJn/aw76PNno0pvb94Q7BDNiiDQ8VY5VINVcq9"
    "dc69H2DPXWWgWy0b1Q7dft0Wnj436RYpsGF9aUhIAi3ehepfaFgLg8o1qV2SzNRv7/nr07"
    "rSfB9rz30GAlqcE0xxlKrEpcDsJYEEBGyRpVphzd/m3f1Quc06RqYbEZku4028GeZqJOde"
    "SJUAK5QDe+Ptjt72VGgsDZyAyXp9SieJ9F8WElhnX7go0rM0zHrujYFR27smHsCm/8dEcA"
    "TybNacwPmNRHsfChhp8Z26TARAwOwozH6AY0bkYVZyWyd1GsiM08HJhzGMebHjDEgIaHc8"
    "B4eIsdYgaieZW0ukT7n6BTIfsV9xGvpAKyGQptBxpqMTTqRZ68ISp8WjzV4qkWT7V42m/x"
    "dN+V0D4T/8k2yQ19kAmnmbu1kimLxhlOPLCBWLoKcnZpQNDht/CNZc3g58yaws/p9OW38G"
    "x2dnaUtt+aLhFsptkM4SkNA95bNcZVJpO2Pb0WSPslkMIhMFdrvbCiGGGUbPtlJALyXSI4"
    "3cNVObzJ+FGAWycQXf3jPicLlUpEpPLQze3HvyTDi3UjtKyqZVUtq2pZdUiy6p5NqZ+5dC"
    "aVUsWNegE1HdJANP1KLukChSDUomc7mIMo6FOHvEX02eWJchlDJvWRSUPflsugG8/TsrBZ"
    "zUra5yDrhc5MvSfxSfzH6T6KPa1hKXXS5zMx6cLgKyvDu1oGLdKNrlZc+3KorhW3Q3A5P1"
    "IBNxk/QnDbj4KJObqqdJej2oI198yBshvZLgKrDdFuNdMgcV0v2OX2VU6ug0dAH7/c3OxR"
    "sIu/tUy0E7fWCXfpoLXi3f2coJjgB8ZFMcRjzgBhhg65N9qnz0dveV0Fn00QBuVTNEDgFQ"
    "N5TSs/dIik71pbk2orY7+sjP0XPnjpTvPV6bfwJ2z93I2rtn0xxIE3JwhlXe1+cSiu2MNZ"
    "ogLeM041WFYug/X97ZeLmyv06e7q8vrzdVykNrVliZv80qog4t3V+U0RZeo+bABzlkrj3A"
    "BnHjTBpKbcmijzDE2HzOPlm7cvX3bDNc4aMI2zSp5xVs5Qp4yoopwj6hDmk+NBw2wZz4Q8"
    "WnipVFRcQqqLi9d7jjbpzhKhzB08m6xOSqeXpv2loYsFr+VuK65MnkwvTOsL42PLDpmxUF"
    "CYsiQ6nLUczrqwXSPKlFOrGF+i03m45VL8URVHQEi1z4GMVANcBBi0GOpvgG6JTkNbgtbn"
    "6HCcVFIHClTdwXrcY1hLVvD92GrvMXu8hFkOJMba9N6kzlobwCjDTIY1aWYABIgT8LyhgK"
    "cL4cRbLorOYheJI+Qd+l3MbVu/8yK1wvv+Q9rGVkxgS0rxtv0BvBAvtwVzRz9o9eiQT3o0"
    "Qdg0CS9+z2NRX7/CZ9/Cs1dnZ3AjEsXRocUtxTxQAD4nTu3/HTFQndCcPr9FaQWbyTeXt4"
    "PgbRVAyIkL6oo/MGP2g8t/N7m3w4HLR9qu3EO7cryNVGwXGZLRRQ0cnzRpCgWjatJ/pG15"
    "lYz3KcEo86v+QwqWSNTZoQKcHBgbRAUXSHUdjV7X0YhMcRvEfmcJ9Rr3eY29OYW7C2LZWP"
    "HcL1OOj3Xu4viPcAt9SV3ddWDHRKPD+exlk0YFMKraP/Sy1KpAp65Uoz/i1JX9xjb2baW3"
    "iTIvlqhTq7eaIdGNbKtMZQWIy/gqh4veJvMMDN6m0aLZfSXPAZJwgxZwbR6GO1Rka+Jw95"
    "xfdW/zij2X8MeBzLi7ujupNe+KcYaZDGzWbQ2g5aZRTjVBLIBtYyEKJyfCDNkBQ49kCVdm"
    "sADEF4MrWqqpzyP6prkodBlvbhYZcRnCaEqwT3z0REOeoSXaoIkqVhi+KWYk7oHGO6Ix3v"
    "bsLZA4BPP6V3w1ot5t+JvLRYAfxRPALvWX3DDr0gBFbX0RduEt4CHAoesQFnVt48+OGAHp"
    "KEhmDChFh3MCb8439yuc/ncXsGEvb99fwa69vLu6n8D38gJEw4DZQJx9zqMX6F50f+Mt2k"
    "RfOMxrG0x54lnyMFOYNkEOP8DefQdf2wYcAhGmvIBnABKXPPMvqu3JPbQnZza0irpTIBud"
    "XXkHCVPivd1I3SmQantNn+01gj+qieJZEi2KS4IB0hdgulTUG8uUOi+uVs0Re7EFcXwl9F"
    "0kMw5sEzcVy7Nvb0WBroq93IbW07yuRD9371p4y29wr6qgFfd5rf6TvgqNlCAjfRebxLoI"
    "WQz5ocubJXNylvZVjuZEHnzhSD7negOI6LB1PIaIaPQcugnQglgW7LKDT9DaQL+0Ab6AqQ"
    "Le2PWRJRphfn/7HYdMGsrUrcrtm47X0qFEOuRlGlX2azJ+dF66k0ZeupMaL91JtZdOJq7U"
    "5MvlqEbIFNo3EGh36DpZcRT2AS4dbbTKOUJtA+rbGitE2WcFAUuW4ncRk/3y9zvipBVK1i"
    "naw32xS0rgH7tX2a7cwF8eVKpr0e1JA1WNpCMbOawW9InwHodciYpmYFGNP+57ecYOKLZo"
    "ih2u9iM8C4gPepTcZbXxTFrr6pfWBTsrwAq4puO1OiBRB+Itb4gtr2SFL9BpdCXoPsL3UF"
    "EEkvEjVAF2ELe/4Iq+YjJpnkhnkhZ3rG7f2t0G5omEVLJ5a+qCphTaHNPEHAPypWLzioRg"
    "hBz4P90I06kQPN6Q9EhXUovZyNFoSXF9/HQEWAsu70g//5pONzCYm/q9cxushy7vGxocVF"
    "pP+M1JA9uJQxs2o72P7RtREKrv208iuDUyYKBDLFzPE1F9gcfvYvTgYzc4ElGo5Ltn+yQd"
    "LanB2/Lk2r7SL/uKWC6igmyGQvN2aUDeAubmn9gc0xyNRlWCasRL5KVJ64XPPKV2DvXNOZ"
    "SrLkJD31QrL5JSjFCH20H3jEHpcN1Cr5U4rcStO5K0EtcTJW6Fe8i2DRMQaccR6l/YEFnX"
    "HkMFPsFcB5W6rrg7aaDsesnAJtHcMJb79T2feNi20DPm/vvEy5+EXXs+tUIzQIfkxcMLdP"
    "wS/Rc6RlPqhuxIGsDdyqRau+2Xdqsart1upHaPcjbbj9Nmj6GSnB4NH6GQ3j60/e+PNGAv"
    "VszSFZhthkLLwbKgIn7+KeCZjtfxGEUoRUEJxRiXHI3eoBJUn7Bj86Yssk47lbDmibrD9d"
    "Xrs4HACmK6/SQ5qC4odQh2K0MuYqICpFOg2hWmidzVrfX14vb2Jmcguri+L5xTXz5cXN0d"
    "Hovja9X9rF+l6bPWiEpFb2WtWKvqrewkTZQ9M07i/oFVKWPv0O9xeOrvUSkegli44Lpc6E"
    "a2fws5NJD0F219don69+uBmUlD51Lwb1oj3KNGqNWWnakt8XuiIgmuKLQsWDxeE76hWg00"
    "T6bLga7pdZ7hzlva7RXqjfQU2vVlFvObawurPc8Mk7bwU8/vS9PRRgJ6jgtw2aINkOKos7"
    "FAtEuJ95yARi2tVhPfqZVy8WrMOvG2GgbtR+iX1PhEfGarJW9kSEYoPZ6cNWmJDKOq8zfO"
    "Sm2R+UulgHA8fIToHjfKjjmuyY45lhQroW5AZKV16prmpiTdN8zdjyTZWmvcvZpv/vh/Hq"
    "fMyA=="
)
