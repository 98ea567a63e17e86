-- The bare SQL of one registration (POST /api/v1/samtaler), statement for statement as the service runs it: first
-- SamtaleService.registrer's transaction: lock the citizen (BorgerRepository.laas), read the grundlag
-- (RegistreringsgrundlagReadModel.GRUNDLAG, which also reads the a-kasse memberships and anden aktør referrals:
-- whether the citizen is the registering authority's own on the day held is judged from it, with no query of its
-- own), insert the conversation and its version 1 in one statement (SamtaleRepository.indsaet), write its event with
-- the answer's JSON (HaendelseRepository.indsaet; the JSON built below has a real one's fields; pgbench would take a
-- ":name" inside a quoted JSON text for one of its variables), commit; then the
-- audit record as a transaction of its own, as AdgangslogFilter writes it after the request: one INSERT in
-- autocommit, no BEGIN or COMMIT around it (Adgangslog.noter, NOT_SUPPORTED; AdgangslogRepository.indsaet: one row,
-- the citizen's, for a registration). Checking the token's signature happens in the service's JVM and has no SQL.
-- Run by bench/pgbench.sh; see BENCHMARKS.md.
--
-- Citizens: 10,000 seeded by pgbench.sh, CPR 1000000001..1000010000, each in kontaktgruppe 1 and attached to
-- jobcenter 101 from 2020-01-01. Each transaction picks one at random.
-- Held time: a per-client counter (seq, started by -D seq=0) interleaved with the client id (-D clients=N), plus a
-- per-run base (-D base=...), gives every transaction of a database's runs its own minute, so the unique index samtale_dublet can never be hit;
-- the minutes fall on days from 2020-06-01 on, between 08:00 and 16:00 UTC, where the Danish day is the UTC day,
-- so the day passed (:dagnr) is the Danish day held. The history pgbench.sh seeds lies before 2020-06-01.
\set n random(1, 10000)
\set seq :seq + 1
\set m :base + :seq * :clients + :client_id
\set dagnr 18414 + :m / 480
\set afholdt 86400 * :dagnr + 28800 + 60 * (:m % 480)
BEGIN;
select id as borger from borger where cpr = (1000000000 + :n)::text::char(10) for update \gset
select 'K' as art, id, kontaktgruppe::text as kode, fra, til, null::timestamptz as afholdt, null::boolean as nulstillende
  from kontaktgruppeperiode where borger_id = :borger and fra <= (date '1970-01-01' + :dagnr::int) and (til is null or til >= (date '1970-01-01' + :dagnr::int))
union all
select 'F', id, fravaerstype, fra, til, null, null
  from fravaer where borger_id = :borger and fra <= (date '1970-01-01' + :dagnr::int) and (til is null or til >= (date '1970-01-01' + :dagnr::int))
union all
select 'J', id, jobcenter, fra, til, null, null
  from jobcentertilknytning where borger_id = :borger and fra <= (date '1970-01-01' + :dagnr::int) and (til is null or til >= (date '1970-01-01' + :dagnr::int))
union all
select 'A', id, akasse, fra, til, null, null
  from akassemedlemskab where borger_id = :borger and fra <= (date '1970-01-01' + :dagnr::int) and (til is null or til >= (date '1970-01-01' + :dagnr::int))
union all
select 'H', id, andenaktoer, fra, til, null, null
  from andenaktoer_henvisning where borger_id = :borger and fra <= (date '1970-01-01' + :dagnr::int) and (til is null or til >= (date '1970-01-01' + :dagnr::int))
union all
(select 'S', samtalenummer, samtaletype::text, null, null, afholdt, nulstillende
   from samtale where borger_id = :borger and nulstillende and not annulleret and samtalenummer <> 0
  order by afholdt desc limit 1)
union all
select 'S', samtalenummer, samtaletype::text, null, null, afholdt, nulstillende
  from samtale where borger_id = :borger and not annulleret and samtalenummer <> 0
   and afholdt >= to_timestamp(:afholdt) and afholdt < to_timestamp(:afholdt + 60)
union all
select 'P', nummer, nummer::text, null, null, null, null
  from planlagt_samtale where nummer = null and borger_id = :borger;
with s as (insert into samtale (borger_id, afholdt, samtaletype, kontaktform, samtaleinformation, flere_myndigheder,
               deltagelsesstatus, planlagt_samtale, sagsbehandler_ident, myndighedstype, myndighedskode,
               aftalenummer, samtykkeloebenummer, nulstillende, version)
           values (:borger, to_timestamp(:afholdt), 7, 'PERSONLIGT_FREMMOEDE', 'Aftalt jobsøgning.', false,
               null, null, 'jc101-bench', 'JOBCENTER', '101', null, null, true, 1)
           returning *),
     v as (insert into samtaleversion (samtalenummer, version, art, afholdt, samtaletype, kontaktform, samtaleinformation,
               flere_myndigheder, deltagelsesstatus, planlagt_samtale, sagsbehandler_ident, myndighedstype, myndighedskode,
               aftalenummer, samtykkeloebenummer, nulstillende, annulleret, aendret_af_ident, aendret_af_myndighedstype,
               aendret_af_myndighedskode, begrundelse)
           select s.samtalenummer, s.version, 'OPRETTET', s.afholdt, s.samtaletype, s.kontaktform, s.samtaleinformation,
               s.flere_myndigheder, s.deltagelsesstatus, s.planlagt_samtale, s.sagsbehandler_ident, s.myndighedstype,
               s.myndighedskode, s.aftalenummer, s.samtykkeloebenummer, s.nulstillende, s.annulleret, 'jc101-bench',
               'JOBCENTER', '101', null
             from s)
select samtalenummer, registreringstidspunkt, version from s \gset
insert into haendelse (type, entitet, entitet_id, version, borger_id, samtaletype, kalder_ident, kalder_myndighedstype,
                       kalder_myndighedskode, tilstand)
  values ('SAMTALE_OPRETTET', 'samtale', :samtalenummer, 1, :borger, 7, 'jc101-bench', 'JOBCENTER', '101', json_build_object(
          'samtalenummer', cast(:samtalenummer as bigint), 'cpr', (1000000000 + :n)::text, 'afholdt', '2024-03-01T10:00:00+01:00', 'samtaletype', 7,
          'kontaktform', 'PERSONLIGT_FREMMOEDE', 'samtaleinformation', 'Aftalt jobsøgning.', 'flereMyndigheder', false,
          'deltagelsesstatus', null, 'planlagtSamtale', null, 'ansvarligSagsbehandler', json_build_object('ident', 'jc101-bench',
          'myndighed', json_build_object('type', 'JOBCENTER', 'kode', '101')), 'aftalenummer', null, 'samtykkeloebenummer', null,
          'nulstillende', true, 'status', 'AKTIV', 'registreringstidspunkt', '2026-12-03T13:04:17.482113+01:00', 'version', 1));
COMMIT;
-- The audit record, in autocommit: its own transaction and commit. The correlation id is a random UUID, made by the
-- service in Java, here by the server.
insert into adgangslog (korrelations_id, ident, myndighedstype, myndighedskode, cpr, handling, udfald, status)
  values (gen_random_uuid()::text, 'jc101-bench', 'JOBCENTER', '101', (1000000000 + :n)::text, 'POST /api/v1/samtaler', 'GODKENDT', 201);
