-- schemadiff rollback
-- source fingerprint: ec3b03391a76c244
-- target fingerprint: 5060ee52e14a5dc3
-- 5 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.purge_jobs()
 RETURNS bigint
 LANGUAGE sql
AS $function$ WITH d AS (DELETE FROM jobs WHERE state = 'done' RETURNING 1) SELECT count(*) FROM d $function$;

GRANT EXECUTE ON FUNCTION public.purge_jobs() TO sd_admin;

REVOKE ALL ON FUNCTION public.purge_jobs() FROM PUBLIC;

CREATE VIEW public.open_jobs AS
 SELECT jobs.id
   FROM public.jobs
  WHERE (jobs.state <> 'done'::text);

GRANT SELECT ON TABLE public.open_jobs TO sd_reader;

COMMIT;
