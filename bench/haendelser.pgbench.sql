-- The bare SQL of one read of the feed (GET /api/v1/haendelser?efter=...&max=1000 by STAR), statement for statement
-- as the service runs it: the sequencer's pass (Sekvensering.nummerer: its lock, then the numbering statement, which
-- finds nothing to number once the seed is numbered), the feed's last position, the page, and the read's audit
-- record with the positions and the citizens the page carried (AdgangslogRepository.indsaet; the citizens are
-- aggregated here by the server, in the service from the rows it read). Run by bench/haendelser.sh; see BENCHMARKS.md.
-- -D events=N: the seeded, numbered events; -D max=M: the page size.
\set side random(0, :events / :max - 1)
\set efter :side * :max
BEGIN;
select pg_advisory_xact_lock(91539935330305); -- HaendelseRepository.SEKVENSERINGSLAAS, 0x5341_4D54_0001
with ny as (select id, row_number() over (order by id) as n
              from (select id from haendelse where position is null order by id limit 10000) venter),
     sidste as (select coalesce(max(position), 0) as position from haendelse)
update haendelse h set position = sidste.position + ny.n from ny, sidste where h.id = ny.id;
COMMIT;
select coalesce(max(position), 0) from haendelse;
select h.position, h.id, h.type, h.entitet, h.entitet_id, h.version, b.cpr, b.pseudonym, h.registreret,
       h.kalder_ident, h.kalder_myndighedstype, h.kalder_myndighedskode, h.tilstand
  from haendelse h join borger b on b.id = h.borger_id
 where h.position > :efter and h.position <= :efter + 10000
 order by h.position limit :max;
insert into adgangslog (korrelations_id, ident, myndighedstype, myndighedskode, cpr, handling, udfald, status, foerste_position,
                        sidste_position, haendelsesborgere)
select gen_random_uuid()::text, 'star-bench', 'STAR', 'STAR', null, 'GET /api/v1/haendelser', 'GODKENDT', 200, :efter + 1, :efter + :max,
       array_agg(distinct b.cpr)
  from haendelse h join borger b on b.id = h.borger_id where h.position > :efter and h.position <= :efter + :max;
