-- Idempotency keys: the first successful answer to a POST or PUT sent with an Idempotency-Key header, so that a
-- retry with the same key gets that answer back instead of storing the write again.
-- The row is inserted before the request runs and filled in after it, in the one transaction that also holds the
-- write; status is therefore null only inside that uncommitted transaction, which no other request can see.
-- Only a hash of the request is kept (method, path, query, If-Match, body), never the request itself.

create table idempotensnoegle (
    noegle         text        primary key check (char_length(noegle) between 1 and 255),
    anmodning_hash bytea       not null check (octet_length(anmodning_hash) = 32),
    status         smallint check (status between 200 and 299),
    headers        jsonb,
    krop           bytea,
    oprettet       timestamptz not null default now()
);

-- The scheduled clean-up deletes by age.
create index idempotensnoegle_oprettet on idempotensnoegle (oprettet);
