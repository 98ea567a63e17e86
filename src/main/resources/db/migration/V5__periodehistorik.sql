-- The citizen's periods keep every version. The tables of V1 stay the CURRENT state (the registration of a
-- conversation reads them in one query); each gets a version table beside it that is only ever appended to.
--
-- What the schema guarantees, per kind of period:
-- * a version row is never updated or deleted (trigger);
-- * the versions of one period form a chain 1, 2, 3, ... without gaps (forrige_version → version, unique);
-- * the current row names an existing version (deferred FK, so current row and version row are written in
--   either order within one transaction), and no version is newer than the current row (deferred trigger):
--   the current row IS the latest version, so there is exactly one current version per period.
-- * version 1 is OPRETTET, and only version 1.

create function periodeversion_uforanderlig() returns trigger language plpgsql as $$
begin
    raise exception 'versions in % are never changed or deleted', tg_table_name;
end
$$;

-- tg_argv[0]: the table of current periods the version table belongs to.
create function periodeversion_er_aktuel() returns trigger language plpgsql as $$
declare
    aktuel integer;
begin
    execute format('select version from %I where id = $1', tg_argv[0]) into aktuel using new.id;
    if aktuel is null or aktuel < new.version then
        raise exception '% %: version % is not followed by the current row (version %)', tg_argv[0], new.id, new.version, aktuel;
    end if;
    return null;
end
$$;

-- Kontaktgruppeperioder

create table kontaktgruppeperiode_version (
    id                        bigint      not null references kontaktgruppeperiode (id),
    version                   integer     not null check (version >= 1),
    forrige_version           integer generated always as (case when version > 1 then version - 1 end) stored,
    kontaktgruppe             smallint    not null check (kontaktgruppe between 1 and 28 and kontaktgruppe <> 9),
    fra                       date        not null,
    til                       date check (til >= fra),
    art                       text        not null check (art in ('OPRETTET', 'RETTET', 'AFSLUTTET')),
    aendret_af_ident          text,
    aendret_af_myndighedstype text,
    aendret_af_myndighedskode text,
    tidspunkt                 timestamptz not null default now(),
    begrundelse               text check (char_length(begrundelse) <= 4000),
    primary key (id, version),
    unique (id, forrige_version),
    foreign key (id, forrige_version) references kontaktgruppeperiode_version (id, version),
    check ((version = 1) = (art = 'OPRETTET')),
    check ((aendret_af_ident is null) = (aendret_af_myndighedstype is null)
       and (aendret_af_ident is null) = (aendret_af_myndighedskode is null))
);

-- Periods stored before this migration: what they are now is their version 1.
insert into kontaktgruppeperiode_version (id, version, kontaktgruppe, fra, til, art, tidspunkt)
select id, 1, kontaktgruppe, fra, til, 'OPRETTET', registreret from kontaktgruppeperiode;

alter table kontaktgruppeperiode
    add column version integer not null default 1 check (version >= 1),
    add constraint kontaktgruppeperiode_aktuel_version foreign key (id, version)
        references kontaktgruppeperiode_version (id, version) deferrable initially deferred;

create trigger kontaktgruppeperiode_version_uforanderlig before update or delete on kontaktgruppeperiode_version
    for each row execute function periodeversion_uforanderlig();
create trigger kontaktgruppeperiode_version_uforanderlig_truncate before truncate on kontaktgruppeperiode_version
    for each statement execute function periodeversion_uforanderlig();
create constraint trigger kontaktgruppeperiode_version_aktuel after insert on kontaktgruppeperiode_version
    deferrable initially deferred for each row execute function periodeversion_er_aktuel('kontaktgruppeperiode');

-- Fravær

create table fravaer_version (
    id                        bigint      not null references fravaer (id),
    version                   integer     not null check (version >= 1),
    forrige_version           integer generated always as (case when version > 1 then version - 1 end) stored,
    fravaerstype              text        not null,
    fra                       date        not null,
    til                       date check (til >= fra),
    art                       text        not null check (art in ('OPRETTET', 'RETTET', 'AFSLUTTET')),
    aendret_af_ident          text,
    aendret_af_myndighedstype text,
    aendret_af_myndighedskode text,
    tidspunkt                 timestamptz not null default now(),
    begrundelse               text check (char_length(begrundelse) <= 4000),
    primary key (id, version),
    unique (id, forrige_version),
    foreign key (id, forrige_version) references fravaer_version (id, version),
    check ((version = 1) = (art = 'OPRETTET')),
    check ((aendret_af_ident is null) = (aendret_af_myndighedstype is null)
       and (aendret_af_ident is null) = (aendret_af_myndighedskode is null))
);

insert into fravaer_version (id, version, fravaerstype, fra, til, art, tidspunkt)
select id, 1, fravaerstype, fra, til, 'OPRETTET', registreret from fravaer;

alter table fravaer
    add column version integer not null default 1 check (version >= 1),
    add constraint fravaer_aktuel_version foreign key (id, version)
        references fravaer_version (id, version) deferrable initially deferred;

create trigger fravaer_version_uforanderlig before update or delete on fravaer_version
    for each row execute function periodeversion_uforanderlig();
create trigger fravaer_version_uforanderlig_truncate before truncate on fravaer_version
    for each statement execute function periodeversion_uforanderlig();
create constraint trigger fravaer_version_aktuel after insert on fravaer_version
    deferrable initially deferred for each row execute function periodeversion_er_aktuel('fravaer');

-- Jobcentertilknytninger

create table jobcentertilknytning_version (
    id                        bigint      not null references jobcentertilknytning (id),
    version                   integer     not null check (version >= 1),
    forrige_version           integer generated always as (case when version > 1 then version - 1 end) stored,
    jobcenter                 char(3)     not null check (jobcenter ~ '^[0-9]{3}$'),
    fra                       date        not null,
    til                       date check (til >= fra),
    art                       text        not null check (art in ('OPRETTET', 'RETTET', 'AFSLUTTET')),
    aendret_af_ident          text,
    aendret_af_myndighedstype text,
    aendret_af_myndighedskode text,
    tidspunkt                 timestamptz not null default now(),
    begrundelse               text check (char_length(begrundelse) <= 4000),
    primary key (id, version),
    unique (id, forrige_version),
    foreign key (id, forrige_version) references jobcentertilknytning_version (id, version),
    check ((version = 1) = (art = 'OPRETTET')),
    check ((aendret_af_ident is null) = (aendret_af_myndighedstype is null)
       and (aendret_af_ident is null) = (aendret_af_myndighedskode is null))
);

insert into jobcentertilknytning_version (id, version, jobcenter, fra, til, art, tidspunkt)
select id, 1, jobcenter, fra, til, 'OPRETTET', registreret from jobcentertilknytning;

alter table jobcentertilknytning
    add column version integer not null default 1 check (version >= 1),
    add constraint jobcentertilknytning_aktuel_version foreign key (id, version)
        references jobcentertilknytning_version (id, version) deferrable initially deferred;

create trigger jobcentertilknytning_version_uforanderlig before update or delete on jobcentertilknytning_version
    for each row execute function periodeversion_uforanderlig();
create trigger jobcentertilknytning_version_uforanderlig_truncate before truncate on jobcentertilknytning_version
    for each statement execute function periodeversion_uforanderlig();
create constraint trigger jobcentertilknytning_version_aktuel after insert on jobcentertilknytning_version
    deferrable initially deferred for each row execute function periodeversion_er_aktuel('jobcentertilknytning');
