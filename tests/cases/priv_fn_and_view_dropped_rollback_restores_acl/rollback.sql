-- schemadiff rollback
-- source fingerprint: 4864fd2fa7039cec
-- target fingerprint: 189bb0d7c03c6842
-- 5 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.purge_jobs()
 RETURNS bigint
 LANGUAGE sql
AS $function$ WITH d AS (DELETE FROM jobs WHERE state = 'done' RETURNING 1) SELECT count(*) FROM d $function$;

REVOKE ALL ON FUNCTION public.purge_jobs() FROM PUBLIC;

CREATE VIEW public.open_jobs AS
 SELECT jobs.id
   FROM public.jobs
  WHERE (jobs.state <> 'done'::text);

GRANT EXECUTE ON FUNCTION public.purge_jobs() TO sd_admin;

GRANT SELECT ON TABLE public.open_jobs TO sd_reader;

COMMIT;
