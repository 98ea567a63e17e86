-- Two more kinds of period in the citizen's situation: membership of an a-kasse, and referral to an anden aktør.
-- Each is built as V1 and V5 built the other kinds: a table of CURRENT rows (the registration of a conversation
-- reads them in one query) and beside it a version table that is only ever appended to, with V5's guarantees and
-- V5's trigger functions:
-- * a version row is never updated or deleted;
-- * the versions of one period form a chain 1, 2, 3, ... without gaps (forrige_version → version, unique);
-- * the current row names an existing version (deferred FK, so that the one statement that writes both may write
--   them in either order), and no version is newer than the current row (deferred trigger);
-- * version 1 is OPRETTET, and only version 1.
--
-- A citizen is a member of one a-kasse at a time (the service ends an open membership before it inserts the next);
-- referrals may overlap, as absences do: a citizen can be referred to several actors at once.
-- The codes are checked as the kode of an AKASSE or ANDEN_AKTOER myndighed is: 1-20 letters, digits or hyphens.

-- A-kassemedlemskaber

create table akassemedlemskab (
    id          bigint generated always as identity primary key,
    borger_id   bigint      not null references borger (id),
    akasse      text        not null check (akasse ~ '^[A-Za-z0-9-]{1,20}$'),
    fra         date        not null,
    til         date check (til >= fra),
    registreret timestamptz not null default now(),
    version     integer     not null default 1 check (version >= 1),
    -- One a-kasse a day. Its index, borger_id first, also serves the look-ups by citizen.
    exclude using gist (borger_id with =, daterange(fra, til, '[]') with &&)
);

create table akassemedlemskab_version (
    id                        bigint      not null references akassemedlemskab (id),
    version                   integer     not null check (version >= 1),
    forrige_version           integer generated always as (case when version > 1 then version - 1 end) stored,
    akasse                    text        not null check (akasse ~ '^[A-Za-z0-9-]{1,20}$'),
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
    foreign key (id, forrige_version) references akassemedlemskab_version (id, version),
    check ((version = 1) = (art = 'OPRETTET')),
    check ((aendret_af_ident is null) = (aendret_af_myndighedstype is null)
       and (aendret_af_ident is null) = (aendret_af_myndighedskode is null))
);

alter table akassemedlemskab
    add constraint akassemedlemskab_aktuel_version foreign key (id, version)
        references akassemedlemskab_version (id, version) deferrable initially deferred;

create trigger akassemedlemskab_version_uforanderlig before update or delete on akassemedlemskab_version
    for each row execute function periodeversion_uforanderlig();
create trigger akassemedlemskab_version_uforanderlig_truncate before truncate on akassemedlemskab_version
    for each statement execute function periodeversion_uforanderlig();
create constraint trigger akassemedlemskab_version_aktuel after insert on akassemedlemskab_version
    deferrable initially deferred for each row execute function periodeversion_er_aktuel('akassemedlemskab');

-- Henvisninger til andre aktører

create table andenaktoer_henvisning (
    id          bigint generated always as identity primary key,
    borger_id   bigint      not null references borger (id),
    andenaktoer text        not null check (andenaktoer ~ '^[A-Za-z0-9-]{1,20}$'),
    fra         date        not null,
    til         date check (til >= fra),
    registreret timestamptz not null default now(),
    version     integer     not null default 1 check (version >= 1)
);
create index andenaktoer_henvisning_borger on andenaktoer_henvisning (borger_id);

create table andenaktoer_henvisning_version (
    id                        bigint      not null references andenaktoer_henvisning (id),
    version                   integer     not null check (version >= 1),
    forrige_version           integer generated always as (case when version > 1 then version - 1 end) stored,
    andenaktoer               text        not null check (andenaktoer ~ '^[A-Za-z0-9-]{1,20}$'),
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
    foreign key (id, forrige_version) references andenaktoer_henvisning_version (id, version),
    check ((version = 1) = (art = 'OPRETTET')),
    check ((aendret_af_ident is null) = (aendret_af_myndighedstype is null)
       and (aendret_af_ident is null) = (aendret_af_myndighedskode is null))
);

alter table andenaktoer_henvisning
    add constraint andenaktoer_henvisning_aktuel_version foreign key (id, version)
        references andenaktoer_henvisning_version (id, version) deferrable initially deferred;

create trigger andenaktoer_henvisning_version_uforanderlig before update or delete on andenaktoer_henvisning_version
    for each row execute function periodeversion_uforanderlig();
create trigger andenaktoer_henvisning_version_uforanderlig_truncate before truncate on andenaktoer_henvisning_version
    for each statement execute function periodeversion_uforanderlig();
create constraint trigger andenaktoer_henvisning_version_aktuel after insert on andenaktoer_henvisning_version
    deferrable initially deferred for each row execute function periodeversion_er_aktuel('andenaktoer_henvisning');
