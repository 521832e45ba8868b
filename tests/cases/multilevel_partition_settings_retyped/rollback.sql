-- schemadiff rollback
-- source fingerprint: 8fa4a2655f6381be
-- target fingerprint: b2d6072a737f07b6
-- 5 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.ev DROP COLUMN extra;

-- hazard: rewrite
ALTER TABLE public.ev ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.ev ALTER COLUMN payload TYPE text USING payload::text;

ALTER TABLE ONLY public.ev ALTER COLUMN ts SET STATISTICS -1;

ALTER TABLE ONLY public.ev_eu_2025 ALTER COLUMN payload SET STORAGE EXTERNAL;

COMMIT;
