-- A sixth kind of period in the citizen's situation: the undtagelse, a period in which the citizen is exempt from
-- (some of) the kontaktforløb's krav, for a grund (dk.samtaleregister.regler.domain.Undtagelsesgrund: LBL § 106,
-- lov 1750/2025, sygedagpengeloven § 12 stk. 1 nr. 1 and § 13 f). It is built as V7 built the a-kasse memberships and
-- referrals: a table of CURRENT rows and beside it a version table that is only ever appended to, with V5's
-- guarantees and trigger function, and V9's one append-only function:
-- * a version row is never updated, deleted or truncated (kun_tilfoejelser);
-- * the versions of one period form a chain 1, 2, 3, ... without gaps (forrige_version → version, unique);
-- * the current row names an existing version (deferred FK, so that the one statement that writes both may write
--   them in either order), and no version is newer than the current row (deferred trigger);
-- * version 1 is OPRETTET, and only version 1.
--
-- Undtagelser may overlap each other, as absences do, so there is no exclusion constraint, and an index by citizen
-- serves the look-ups instead. The grund is kept as its code's name, as fravaer keeps its fravaerstype: the code list
-- is the enum the service reads it with, so a new grund needs no migration.

create table undtagelse (
    id          bigint generated always as identity primary key,
    borger_id   bigint      not null references borger (id),
    grund       text        not null,
    fra         date        not null,
    til         date check (til >= fra),
    registreret timestamptz not null default now(),
    version     integer     not null default 1 check (version >= 1)
);
create index undtagelse_borger on undtagelse (borger_id);

create table undtagelse_version (
    id                        bigint      not null references undtagelse (id),
    version                   integer     not null check (version >= 1),
    forrige_version           integer generated always as (case when version > 1 then version - 1 end) stored,
    grund                     text        not null,
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
    foreign key (id, forrige_version) references undtagelse_version (id, version),
    check ((version = 1) = (art = 'OPRETTET')),
    check ((aendret_af_ident is null) = (aendret_af_myndighedstype is null)
       and (aendret_af_ident is null) = (aendret_af_myndighedskode is null))
);

alter table undtagelse
    add constraint undtagelse_aktuel_version foreign key (id, version)
        references undtagelse_version (id, version) deferrable initially deferred;

create trigger undtagelse_version_kun_tilfoejelser before update or delete on undtagelse_version
    for each row execute function kun_tilfoejelser();
create trigger undtagelse_version_ingen_toemning before truncate on undtagelse_version
    for each statement execute function kun_tilfoejelser();
create constraint trigger undtagelse_version_aktuel after insert on undtagelse_version
    deferrable initially deferred for each row execute function periodeversion_er_aktuel('undtagelse');
