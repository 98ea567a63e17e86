#!/usr/bin/env bash
# A synthetic population of N citizens, generated straight into PostgreSQL with set-based SQL, for measuring the
# kontaktforløb computation and the rettidighed report at scale. See BENCHMARKS.md section 5.
#
#   bench/befolkning.sh 100000        # drops and recreates samtaleregister_befolkning, migrates, fills, analyses
#
# Per citizen: a distinct CPR number (ddmmyy of a real date + 4 digits, 7th digit 0-3, no modulus 11); one or two
# kontaktgruppe periods starting in 2023-2024 (groups 1, 2, 6, 12; ~15 % change group, ~15 % of those in group 1
# have a break in group 1); one jobcentertilknytning in one of 98 kommunenumre; ~10 % a SYGDOM_SYGEMELDING
# absence; 10 conversations held inside the periods (types 7, 4, 17, 12; forms PERSONLIGT_FREMMOEDE, TELEFONISK,
# DIGITALT_MOEDE, BREV; nulstillende exactly as regler/nulstillende.csv has it; JOBCENTER with the citizen's kommune,
# or AKASSE AK1 for some 7/17 of group 1). Every current row comes with its version 1 in the same statement. The rows
# satisfy every schema constraint; they are not run conversation by conversation through the registration rules.
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), BENCH_DB (samtaleregister_befolkning).
# The server must trust the user. Only local addresses are allowed.
set -euo pipefail
cd "$(dirname "$0")/.."

N="${1:-10000}"
[[ "$N" =~ ^[0-9]+$ && "$N" -ge 1 ]] || { echo "usage: bench/befolkning.sh N (N citizens, N >= 1)" >&2; exit 1; }
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB="${BENCH_DB:-samtaleregister_befolkning}"
case "$PGHOST" in
    127.*|localhost|::1|/*) ;;
    *) echo "befolkning.sh: PGHOST=$PGHOST is not local; this benchmark only runs against this machine" >&2; exit 1 ;;
esac

psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }
START=$(date +%s.%N)

echo "== database $DB on $PGHOST:$PGPORT: migrate with src/main/resources/db/migration, generate $N citizens"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "set client_min_messages = warning" -c "drop database if exists $DB" -c "create database $DB"
for migration in $(ls src/main/resources/db/migration/V*__*.sql | sort -V); do
    psql_db -f "$migration"
done

psql_db -v n="$N" <<'SQL'
set client_min_messages = warning;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
set synchronous_commit = off;
select setseed(0.4242) \g /dev/null

-- 98 kommunenumre (the municipalities' jobcenters).
create unlogged table bench_kommune (nr int primary key, kode char(3) not null);
insert into bench_kommune
select row_number() over () - 1, k from unnest(string_to_array(
  '101 147 151 153 155 157 159 161 163 165 167 169 173 175 183 185 187 190 201 210 217 219 223 230 240 250 253 259 260 265 '
  '269 270 306 316 320 326 329 330 336 340 350 360 370 376 390 400 410 420 430 440 450 461 479 480 482 492 510 530 540 550 '
  '561 563 573 575 580 607 615 621 630 657 661 665 671 706 707 710 727 730 740 741 746 751 756 760 766 773 779 787 791 810 '
  '813 820 825 840 846 849 851 860', ' ')) k;

-- The plan of each citizen, drawn once: i (1..N), CPR, kommune, first group, pattern and its dates.
--   moenster 0: one open period; 1: a change of group after d days; 2: group 1 with a break of gap days after d days.
create unlogged table bench_plan as
with r as (
    select i, random() as r_gruppe, random() as r_moenster, random() as r_start, random() as r_d, random() as r_gap,
           random() as r_fravaer, (random() * 98)::int % 98 as kommune
      from generate_series(1, :n) i
), g as (
    select *, case when r_gruppe < 0.40 then 1 when r_gruppe < 0.65 then 2 when r_gruppe < 0.85 then 6 else 12 end as gruppe1
      from r
)
select i,
       -- ddmmyy of one of 20,000 days from 1950-01-01 (a bijection on i % 20000), then 0-3 and three digits.
       to_char(date '1950-01-01' + ((i % 20000) * 7919) % 20000, 'DDMMYY')
         || ((i / 20000) % 4)::text || lpad(((i / 20000) / 4)::text, 3, '0') as cpr,
       kommune, gruppe1,
       case when r_moenster < 0.15 then 1 when r_moenster < 0.30 and gruppe1 = 1 then 2 else 0 end as moenster,
       case when gruppe1 = 1 then (array[2, 6, 12])[1 + (r_gruppe * 1000)::int % 3]
            else (array[1, 2, 6, 12])[1 + (r_gruppe * 1000)::int % 4] end as gruppe2_kandidat,
       date '2023-01-01' + (r_start * 730)::int as s,
       60 + (r_d * 200)::int as d,
       30 + (r_gap * 60)::int as gap,
       r_fravaer < 0.10 as fravaer
  from g;
-- A change of group must change it.
update bench_plan set gruppe2_kandidat = case gruppe1 when 12 then 2 else 12 end where gruppe2_kandidat = gruppe1;

insert into borger (cpr) select cpr from bench_plan order by i;
create unlogged table bench_borger as
select p.*, b.id as borger_id, k.kode as jobcenter from bench_plan p join borger b on b.cpr = p.cpr join bench_kommune k on k.nr = p.kommune;
create index on bench_borger (borger_id);

-- Kontaktgruppe periods, each with its version 1 in the same statement (deferred foreign key and trigger).
with perioder as (
    select borger_id, gruppe1 as gruppe, s as fra, case when moenster = 0 then null else s + d - 1 end as til from bench_borger
    union all
    select borger_id, gruppe2_kandidat, s + d, null from bench_borger where moenster = 1
    union all
    select borger_id, 1, s + d + gap, null from bench_borger where moenster = 2
), k as (
    insert into kontaktgruppeperiode (borger_id, kontaktgruppe, fra, til)
    select borger_id, gruppe, fra, til from perioder order by borger_id, fra
    returning id, kontaktgruppe, fra, til)
insert into kontaktgruppeperiode_version (id, version, kontaktgruppe, fra, til, art) select id, 1, kontaktgruppe, fra, til, 'OPRETTET' from k;

-- One jobcentertilknytning per citizen, from a month before the first period.
with j as (
    insert into jobcentertilknytning (borger_id, jobcenter, fra, til)
    select borger_id, jobcenter, s - 30, null from bench_borger order by borger_id
    returning id, jobcenter, fra, til)
insert into jobcentertilknytning_version (id, version, jobcenter, fra, til, art) select id, 1, jobcenter, fra, til, 'OPRETTET' from j;

-- Some sickness absences.
with f as (
    insert into fravaer (borger_id, fravaerstype, fra, til)
    select borger_id, 'SYGDOM_SYGEMELDING', s + 20, s + 20 + (d % 25) from bench_borger where fravaer order by borger_id
    returning id, fravaerstype, fra, til)
insert into fravaer_version (id, version, fravaerstype, fra, til, art) select id, 1, fravaerstype, fra, til, 'OPRETTET' from f;

-- An undtagelse for every twentieth citizen (days 10-100 of the forløb), a referral to an anden aktør for another.
with u as (
    insert into undtagelse (borger_id, grund, fra, til)
    select borger_id, case when gruppe1 = 6 then 'SYGEDAGPENGE_KATEGORI_1' else 'MINDRE_INTENSIV_INDSATS' end, s + 10, s + 100
      from bench_borger where borger_id % 20 = 3 order by borger_id
    returning id, grund, fra, til)
insert into undtagelse_version (id, version, grund, fra, til, art) select id, 1, grund, fra, til, 'OPRETTET' from u;
with h as (
    insert into andenaktoer_henvisning (borger_id, andenaktoer, fra, til)
    select borger_id, 'AA1', s + 30, s + 180 from bench_borger where borger_id % 20 = 7 order by borger_id
    returning id, andenaktoer, fra, til)
insert into andenaktoer_henvisning_version (id, version, andenaktoer, fra, til, art) select id, 1, andenaktoer, fra, til, 'OPRETTET' from h;

-- Ten conversations per citizen. Conversation k is held on day k*35 + 0..20 of the citizen's days in a period
-- (a break in group 1 is skipped), so the days, and with them the minutes, are distinct per citizen.
with t0 as (
    select b.borger_id, b.jobcenter, b.gruppe1, b.s, b.d, b.gap, b.moenster, k, k * 35 + (random() * 20)::int as o,
           random() as r_type, random() as r_form, random() as r_myndighed, (random() * 540)::int as minut
      from bench_borger b, generate_series(0, 9) k
), t as (
    select t0.*, s + case when moenster = 2 and o >= d then o + gap else o end as dag from t0
), v as (
    select t.*,
           case when r_type < 0.70 then 7 when r_type < 0.80 then 4 when r_type < 0.90 then 17 else 12 end as samtaletype,
           case when r_form < 0.40 then 'PERSONLIGT_FREMMOEDE' when r_form < 0.65 then 'TELEFONISK'
                when r_form < 0.90 then 'DIGITALT_MOEDE' else 'BREV' end as kontaktform
      from t
), w as (
    select v.*,
           samtaletype in (4, 5, 7, 10, 15, 16, 17, 18, 19)
             and kontaktform in ('PERSONLIGT_FREMMOEDE', 'TELEFONISK', 'DIGITALT_MOEDE', 'MOEDE_DIREKTE_PAA_ARBEJDE') as nulstillende,
           gruppe1 = 1 and samtaletype in (7, 17) and r_myndighed < 0.30 as akasse
      from v
), s as (
    insert into samtale (borger_id, afholdt, samtaletype, kontaktform, samtaleinformation, flere_myndigheder,
                         sagsbehandler_ident, myndighedstype, myndighedskode, nulstillende, version)
    select borger_id, (dag + time '08:00' + minut * interval '1 minute') at time zone 'Europe/Copenhagen',
           samtaletype, kontaktform, 'Syntetisk samtale.', false,
           case when akasse then 'ak1-bench' else 'jc' || jobcenter || '-bench' end,
           case when akasse then 'AKASSE' else 'JOBCENTER' end,
           case when akasse then 'AK1' else jobcenter end,
           nulstillende, 1
      from w order by borger_id, dag
    returning *)
insert into samtaleversion (samtalenummer, version, art, afholdt, samtaletype, kontaktform, samtaleinformation, flere_myndigheder,
    sagsbehandler_ident, myndighedstype, myndighedskode, nulstillende, annulleret,
    aendret_af_ident, aendret_af_myndighedstype, aendret_af_myndighedskode)
select samtalenummer, 1, 'OPRETTET', afholdt, samtaletype, kontaktform, samtaleinformation, flere_myndigheder,
    sagsbehandler_ident, myndighedstype, myndighedskode, nulstillende, false, sagsbehandler_ident, myndighedstype, myndighedskode
  from s;

drop table bench_borger, bench_plan, bench_kommune;
SQL
psql_db -c "vacuum analyze"

END=$(date +%s.%N)
psql_db -Atc "select 'borger ' || (select count(*) from borger) || ', kontaktgruppeperiode ' || (select count(*) from kontaktgruppeperiode)
    || ', jobcentertilknytning ' || (select count(*) from jobcentertilknytning) || ', fravaer ' || (select count(*) from fravaer)
    || ', undtagelse ' || (select count(*) from undtagelse) || ', andenaktoer_henvisning ' || (select count(*) from andenaktoer_henvisning)
    || ', samtale ' || (select count(*) from samtale) || ' (nulstillende ' || (select count(*) from samtale where nulstillende) || ')'
    || ', database ' || pg_size_pretty(pg_database_size(current_database()))"
printf 'generated %s citizens into %s in %.1f s\n' "$N" "$DB" "$(echo "$END - $START" | bc)"
