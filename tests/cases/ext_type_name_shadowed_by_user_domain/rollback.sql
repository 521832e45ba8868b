-- schemadiff rollback
-- source fingerprint: 01e36484e6410d33
-- target fingerprint: 1b1299090def317b
-- 7 statements; hazards: data-loss,irreversible

BEGIN;

DROP VIEW public.sims;

DROP INDEX public.logins_login2;

-- hazard: data-loss,irreversible
ALTER TABLE public.logins DROP COLUMN login2;

DROP EXTENSION citext;

DROP EXTENSION pg_trgm;

DROP SCHEMA ext;

CREATE VIEW public.sims AS
 SELECT logins.id,
    public.similarity((logins.login)::text, 'x'::text) AS similarity
   FROM public.logins;

COMMIT;
