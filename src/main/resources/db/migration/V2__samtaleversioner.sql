-- Held conversations become append-only. Every registration, correction and annulment is a row in
-- samtaleversion that is never updated or deleted. samtale keeps the current state (what the rules and the
-- reads use) and names its current version: by the foreign key below, exactly one per conversation.

alter table samtale add column annulleret boolean not null default false;

create table samtaleversion (
    samtalenummer             bigint      not null references samtale (samtalenummer),
    version                   integer     not null check (version >= 1),
    -- With the unique constraint and the foreign key below: versions form one chain 1, 2, 3, ... without gaps.
    forrige_version           integer generated always as (case when version > 1 then version - 1 end) stored,
    art                       text        not null check (art in ('OPRETTET', 'RETTET', 'ANNULLERET')),
    afholdt                   timestamptz not null,
    samtaletype               smallint    not null,
    kontaktform               text        not null,
    samtaleinformation        text,
    flere_myndigheder         boolean     not null,
    deltagelsesstatus         text,
    planlagt_samtale          text,
    sagsbehandler_ident       text        not null,
    myndighedstype            text        not null,
    myndighedskode            text        not null,
    aftalenummer              text,
    samtykkeloebenummer       text,
    nulstillende              boolean     not null,
    annulleret                boolean     not null,
    aendret_af_ident          text        not null,
    aendret_af_myndighedstype text        not null,
    aendret_af_myndighedskode text        not null,
    begrundelse               text check (char_length(begrundelse) <= 1000),
    tidspunkt                 timestamptz not null default now(),
    primary key (samtalenummer, version),
    unique (samtalenummer, forrige_version),
    foreign key (samtalenummer, forrige_version) references samtaleversion (samtalenummer, version)
);

insert into samtaleversion (samtalenummer, version, art, afholdt, samtaletype, kontaktform, samtaleinformation,
                            flere_myndigheder, deltagelsesstatus, planlagt_samtale, sagsbehandler_ident, myndighedstype,
                            myndighedskode, aftalenummer, samtykkeloebenummer, nulstillende, annulleret,
                            aendret_af_ident, aendret_af_myndighedstype, aendret_af_myndighedskode, tidspunkt)
select samtalenummer, version, 'OPRETTET', afholdt, samtaletype, kontaktform, samtaleinformation,
       flere_myndigheder, deltagelsesstatus, planlagt_samtale, sagsbehandler_ident, myndighedstype,
       myndighedskode, aftalenummer, samtykkeloebenummer, nulstillende, false,
       sagsbehandler_ident, myndighedstype, myndighedskode, registreringstidspunkt
  from samtale;

alter table samtale alter column version drop default;
alter table samtale add constraint samtale_aktuel_version foreign key (samtalenummer, version)
    references samtaleversion (samtalenummer, version) deferrable initially deferred;

create function samtaleversion_er_uforanderlig() returns trigger language plpgsql as $$
begin
    raise exception 'samtaleversion is append-only: % is not allowed', tg_op;
end;
$$;
create trigger samtaleversion_kun_tilfoejelser before update or delete on samtaleversion
    for each row execute function samtaleversion_er_uforanderlig();
create trigger samtaleversion_ingen_toemning before truncate on samtaleversion
    for each statement execute function samtaleversion_er_uforanderlig();

-- An annulled conversation no longer counts for any rule.
drop index samtale_dublet;
create unique index samtale_dublet on samtale (borger_id, samtaletype, date_trunc('minute', afholdt at time zone 'UTC'))
    where not annulleret;
drop index samtale_borger_nulstillende;
create index samtale_borger_nulstillende on samtale (borger_id, afholdt desc) where nulstillende and not annulleret;
create index samtale_planlagt on samtale (planlagt_samtale) where planlagt_samtale is not null;
