-- The audit log: one record for every request that reads or writes a citizen's data, allowed or not, and for
-- every other authenticated request under /api/v1 (reports, the audit search itself) except reference data.
-- Who (the token's ident and authority), which citizen (the CPR number, null where the request named none or
-- could not be read), what (method and path; CPR numbers never travel in paths), the outcome and the HTTP status,
-- and the correlation id the answer carried in X-Correlation-Id.
--
-- The CPR number is kept as such, not as borger.id: a refused look at a citizen the registry does not know must be
-- searchable too. Records are only ever appended (trigger).

create table adgangslog (
    id               bigint generated always as identity primary key,
    tidspunkt        timestamptz not null default clock_timestamp(),
    korrelations_id  text        not null check (char_length(korrelations_id) between 1 and 64),
    ident            text        not null check (char_length(ident) between 1 and 50),
    myndighedstype   text        not null,
    myndighedskode   text        not null,
    cpr              char(10) check (cpr ~ '^[0-9]{10}$'),
    handling         text        not null check (char_length(handling) <= 300),
    udfald           text        not null check (udfald in ('GODKENDT', 'NAEGTET', 'AFVIST', 'FEJL')),
    status           smallint    not null check (status between 100 and 599)
);

-- STAR searches by citizen, by caseworker, and by time.
create index adgangslog_cpr on adgangslog (cpr, tidspunkt) where cpr is not null;
create index adgangslog_ident on adgangslog (ident, tidspunkt);
create index adgangslog_tidspunkt on adgangslog (tidspunkt);

create function adgangslog_uforanderlig() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is only ever appended to';
end
$$;

create trigger adgangslog_uforanderlig before update or delete on adgangslog
    for each row execute function adgangslog_uforanderlig();
create trigger adgangslog_uforanderlig_truncate before truncate on adgangslog
    for each statement execute function adgangslog_uforanderlig();

-- An Idempotency-Key is now scoped to the caller who sent it (authority and ident are stored in front of the
-- client's key), so that one caller can never be answered with another caller's stored answer.
alter table idempotensnoegle drop constraint idempotensnoegle_noegle_check;
alter table idempotensnoegle add constraint idempotensnoegle_noegle_check check (char_length(noegle) between 1 and 400);
