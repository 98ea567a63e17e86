-- Bookings (planlagte samtaler, BEK § 20), append-only.
-- planlagt_samtale holds the current state of each booking; planlagt_samtale_version holds every version,
-- and its rows are never updated or deleted. The schema itself guarantees:
--   * the current row points at an existing version (deferred FK, so that both are written in one statement);
--   * the versions of a booking form a gap-free chain 1, 2, 3, ... (each version > 1 points at the one before,
--     and no version has two successors);
--   * the current row points at the latest version (a deferred constraint trigger);
--   * a cancelled booking is final, and a booking never moves to another citizen.
-- Another capability (held conversations, DFDG rule 6) reads planlagt_samtale (nummer, borger_id): keep those names.

create table planlagt_samtale (
    nummer              bigint generated always as identity primary key,
    borger_id           bigint      not null references borger (id),
    start               timestamptz not null,
    slut                timestamptz not null,
    samtaletype         smallint    not null,
    kontaktform         text        not null,
    sted                text check (char_length(sted) <= 200),
    sagsbehandler_navn  text check (char_length(sagsbehandler_navn) <= 100),
    sagsbehandler_ident text        not null,
    myndighedstype      text        not null,
    myndighedskode      text        not null,
    ombooking_tilladt   boolean     not null,
    ombookingfrist      timestamptz,
    deltagelsesstatus   text,
    status              text        not null check (status in ('AKTIV', 'AFLYST')),
    version             integer     not null check (version >= 1),
    check (slut >= start),
    check (ombooking_tilladt = (ombookingfrist is not null))
);
create index planlagt_samtale_borger on planlagt_samtale (borger_id);

create table planlagt_samtale_version (
    nummer                    bigint      not null references planlagt_samtale (nummer),
    version                   integer     not null check (version >= 1),
    forrige_version           integer generated always as (case when version > 1 then version - 1 end) stored,
    art                       text        not null check (art in ('OPRETTET', 'AENDRET', 'AFLYST')),
    borger_id                 bigint      not null references borger (id),
    start                     timestamptz not null,
    slut                      timestamptz not null,
    samtaletype               smallint    not null,
    kontaktform               text        not null,
    sted                      text check (char_length(sted) <= 200),
    sagsbehandler_navn        text check (char_length(sagsbehandler_navn) <= 100),
    sagsbehandler_ident       text        not null,
    myndighedstype            text        not null,
    myndighedskode            text        not null,
    ombooking_tilladt         boolean     not null,
    ombookingfrist            timestamptz,
    deltagelsesstatus         text,
    status                    text        not null check (status in ('AKTIV', 'AFLYST')),
    aendret_af_ident          text        not null,
    aendret_af_myndighedstype text        not null,
    aendret_af_myndighedskode text        not null,
    tidspunkt                 timestamptz not null default now(),
    begrundelse               text check (char_length(begrundelse) <= 1000),
    primary key (nummer, version),
    unique (nummer, forrige_version),
    foreign key (nummer, forrige_version) references planlagt_samtale_version (nummer, version),
    check ((version = 1) = (art = 'OPRETTET')),
    check ((art = 'AFLYST') = (status = 'AFLYST')),
    check (art <> 'AFLYST' or begrundelse is not null),
    check (slut >= start),
    check (ombooking_tilladt = (ombookingfrist is not null))
);

alter table planlagt_samtale
    add constraint planlagt_samtale_aktuel_version foreign key (nummer, version)
        references planlagt_samtale_version (nummer, version) deferrable initially deferred;

-- Versions are history: never changed, never removed. Nor is a booking ever removed.
create function planlagt_samtale_version_uforanderlig() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op
        using errcode = 'restrict_violation';
end;
$$;

create trigger planlagt_samtale_version_uforanderlig
    before update or delete on planlagt_samtale_version
    for each row execute function planlagt_samtale_version_uforanderlig();

create trigger planlagt_samtale_version_ikke_toemmes
    before truncate on planlagt_samtale_version
    for each statement execute function planlagt_samtale_version_uforanderlig();

-- At commit, no version may be newer than the one the current row points at: the current version is the latest.
create function planlagt_samtale_version_er_seneste() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from planlagt_samtale where nummer = new.nummer and version >= new.version) then
        raise exception 'version % of planlagt_samtale % is not the current one', new.version, new.nummer
            using errcode = 'integrity_constraint_violation';
    end if;
    return null;
end;
$$;

create constraint trigger planlagt_samtale_version_er_seneste
    after insert on planlagt_samtale_version
    deferrable initially deferred
    for each row execute function planlagt_samtale_version_er_seneste();

-- The current row moves one version at a time, stays with its citizen, and stops when cancelled.
create function planlagt_samtale_aendring() returns trigger language plpgsql as $$
begin
    if old.status = 'AFLYST' then
        raise exception 'planlagt_samtale % is cancelled and cannot change', old.nummer using errcode = 'restrict_violation';
    end if;
    if new.borger_id <> old.borger_id or new.version <> old.version + 1 then
        raise exception 'planlagt_samtale % must keep its citizen and move to version %', old.nummer, old.version + 1
            using errcode = 'restrict_violation';
    end if;
    return new;
end;
$$;

create trigger planlagt_samtale_aendring
    before update on planlagt_samtale
    for each row execute function planlagt_samtale_aendring();

create trigger planlagt_samtale_ikke_slettes
    before delete or truncate on planlagt_samtale
    for each statement execute function planlagt_samtale_version_uforanderlig();
