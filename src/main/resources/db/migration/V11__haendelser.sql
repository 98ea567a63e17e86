-- The outbox: one event for every change, written in the change's own transaction, so that a change that is rolled
-- back leaves none. An event names its type (entity and kind of change), the citizen (borger_id; the CPR number is
-- joined in where the event is read), the entity and the version the change made, when and by whom, and the new
-- state as the API answers it (tilstand: json, not jsonb, so that it keeps the answer's text as it was). samtaletype
-- is copied out of the state of a conversation or booking, because an a-kasse's feed leaves out the types it may not
-- see.
--
-- position is the event's place in the feed: null until the single sequencer numbers it, then 1, 2, 3, ... with no
-- gaps, in the order the sequencer found the events committed (and by id within one pass). id comes from an identity
-- with CACHE 1 (the default), so ids are handed out in the order they are asked for; every change takes its citizen's
-- lock before it writes an event, so a citizen's events are numbered in the order the changes were made.

create table haendelse (
    id                     bigint generated always as identity primary key,
    position               bigint unique,
    type                   text        not null check (type ~ '^[A-Z_]+$'),
    entitet                text        not null check (entitet ~ '^[a-z_]+$'),
    entitet_id             bigint      not null,
    version                integer     not null check (version >= 1),
    borger_id              bigint      not null references borger (id),
    samtaletype            integer,
    registreret            timestamptz not null default now(),
    kalder_ident           text        not null check (char_length(kalder_ident) between 1 and 50),
    kalder_myndighedstype  text        not null,
    kalder_myndighedskode  text        not null,
    tilstand               json        not null
);

-- What the sequencer has still to number: small, since numbered events leave it.
create index haendelse_ikke_nummereret on haendelse (id) where position is null;

-- Events are never changed or removed; the sequencer only gives an event its position, once. The condition is
-- judged by the trigger itself (no function call per numbered row), and what it lets through is refused.
create trigger haendelse_kun_tilfoejelser before update on haendelse
    for each row when (old.position is not null or new.position is null
                       or (old.id, old.type, old.entitet, old.entitet_id, old.version, old.borger_id, old.samtaletype, old.registreret,
                           old.kalder_ident, old.kalder_myndighedstype, old.kalder_myndighedskode, old.tilstand::text)
                          is distinct from
                          (new.id, new.type, new.entitet, new.entitet_id, new.version, new.borger_id, new.samtaletype, new.registreret,
                           new.kalder_ident, new.kalder_myndighedstype, new.kalder_myndighedskode, new.tilstand::text))
    execute function kun_tilfoejelser();
create trigger haendelse_slettes_aldrig before delete on haendelse
    for each row execute function kun_tilfoejelser();
create trigger haendelse_ingen_toemning before truncate on haendelse
    for each statement execute function kun_tilfoejelser();

-- A read of the feed is one audit record: the positions it covered and the citizens whose events it carried, so that
-- a search by citizen finds it.
alter table adgangslog add column foerste_position bigint;
alter table adgangslog add column sidste_position bigint;
alter table adgangslog add column haendelsesborgere char(10)[];
create index adgangslog_haendelsesborgere on adgangslog using gin (haendelsesborgere) where haendelsesborgere is not null;

-- A stable pseudonym for the citizen, for where the CPR number must not go (the key of a Kafka record).
alter table borger add column pseudonym uuid not null default gen_random_uuid();
alter table borger add constraint borger_pseudonym_unik unique (pseudonym);
