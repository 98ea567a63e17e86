-- One trigger function makes a table append-only, and every table of history uses it: each version table and the
-- audit log refuse UPDATE, DELETE and TRUNCATE, and a booking is never removed (DELETE, TRUNCATE). The functions each
-- table had of its own are replaced by it.

create function kun_tilfoejelser() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: its rows are only ever appended, never changed or deleted (% refused)', tg_table_name, tg_op
        using errcode = 'restrict_violation';
end
$$;

drop trigger samtaleversion_kun_tilfoejelser on samtaleversion;
drop trigger samtaleversion_ingen_toemning on samtaleversion;
drop trigger planlagt_samtale_version_uforanderlig on planlagt_samtale_version;
drop trigger planlagt_samtale_version_ikke_toemmes on planlagt_samtale_version;
drop trigger planlagt_samtale_ikke_slettes on planlagt_samtale;
drop trigger kontaktgruppeperiode_version_uforanderlig on kontaktgruppeperiode_version;
drop trigger kontaktgruppeperiode_version_uforanderlig_truncate on kontaktgruppeperiode_version;
drop trigger fravaer_version_uforanderlig on fravaer_version;
drop trigger fravaer_version_uforanderlig_truncate on fravaer_version;
drop trigger jobcentertilknytning_version_uforanderlig on jobcentertilknytning_version;
drop trigger jobcentertilknytning_version_uforanderlig_truncate on jobcentertilknytning_version;
drop trigger akassemedlemskab_version_uforanderlig on akassemedlemskab_version;
drop trigger akassemedlemskab_version_uforanderlig_truncate on akassemedlemskab_version;
drop trigger andenaktoer_henvisning_version_uforanderlig on andenaktoer_henvisning_version;
drop trigger andenaktoer_henvisning_version_uforanderlig_truncate on andenaktoer_henvisning_version;
drop trigger adgangslog_uforanderlig on adgangslog;
drop trigger adgangslog_uforanderlig_truncate on adgangslog;

drop function samtaleversion_er_uforanderlig();
drop function planlagt_samtale_version_uforanderlig();
drop function periodeversion_uforanderlig();
drop function adgangslog_uforanderlig();

do $$
declare
    tabel text;
begin
    foreach tabel in array array['samtaleversion', 'planlagt_samtale_version', 'kontaktgruppeperiode_version', 'fravaer_version',
                                 'jobcentertilknytning_version', 'akassemedlemskab_version', 'andenaktoer_henvisning_version',
                                 'adgangslog'] loop
        execute format('create trigger %I before update or delete on %I for each row execute function kun_tilfoejelser()',
                       tabel || '_kun_tilfoejelser', tabel);
        execute format('create trigger %I before truncate on %I for each statement execute function kun_tilfoejelser()',
                       tabel || '_ingen_toemning', tabel);
    end loop;
end
$$;

create trigger planlagt_samtale_slettes_aldrig before delete or truncate on planlagt_samtale
    for each statement execute function kun_tilfoejelser();
