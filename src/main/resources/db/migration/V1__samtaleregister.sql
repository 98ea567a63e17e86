-- The citizen, the citizen's situation (three kinds of period) and the held conversations.
-- A CPR number is stored once, in borger; everything else refers to borger.id.

create extension if not exists btree_gist;

create table borger (
    id       bigint generated always as identity primary key,
    cpr      char(10)    not null unique check (cpr ~ '^[0-9]{10}$'),
    oprettet timestamptz not null default now()
);

create table kontaktgruppeperiode (
    id            bigint generated always as identity primary key,
    borger_id     bigint      not null references borger (id),
    kontaktgruppe smallint    not null check (kontaktgruppe between 1 and 28 and kontaktgruppe <> 9),
    fra           date        not null,
    til           date check (til >= fra),
    registreret   timestamptz not null default now(),
    -- One kontaktgruppe a day: the service ends an open period before it inserts the next.
    exclude using gist (borger_id with =, daterange(fra, til, '[]') with &&)
);

create table fravaer (
    id           bigint generated always as identity primary key,
    borger_id    bigint      not null references borger (id),
    fravaerstype text        not null,
    fra          date        not null,
    til          date check (til >= fra),
    registreret  timestamptz not null default now()
);
create index fravaer_borger on fravaer (borger_id);

create table jobcentertilknytning (
    id          bigint generated always as identity primary key,
    borger_id   bigint      not null references borger (id),
    jobcenter   char(3)     not null check (jobcenter ~ '^[0-9]{3}$'),
    fra         date        not null,
    til         date check (til >= fra),
    registreret timestamptz not null default now(),
    exclude using gist (borger_id with =, daterange(fra, til, '[]') with &&)
);

create table samtale (
    samtalenummer          bigint generated always as identity primary key,
    borger_id              bigint      not null references borger (id),
    afholdt                timestamptz not null,
    samtaletype            smallint    not null,
    kontaktform            text        not null,
    samtaleinformation     text check (char_length(samtaleinformation) <= 4000),
    flere_myndigheder      boolean     not null,
    deltagelsesstatus      text,
    planlagt_samtale       text,
    sagsbehandler_ident    text        not null,
    myndighedstype         text        not null,
    myndighedskode         text        not null,
    aftalenummer           text,
    samtykkeloebenummer    text,
    nulstillende           boolean     not null,
    registreringstidspunkt timestamptz not null default now(),
    version                integer     not null default 1
);
-- The citizen's conversations in held order (search), and the latest nulstillende one (rule 7).
create index samtale_borger_afholdt on samtale (borger_id, afholdt);
create index samtale_borger_nulstillende on samtale (borger_id, afholdt desc) where nulstillende;
-- Rule 8 in the schema too: one samtaletype per citizen and held minute.
create unique index samtale_dublet on samtale (borger_id, samtaletype, date_trunc('minute', afholdt at time zone 'UTC'));
