-- schemadiff plan
-- source fingerprint: b2d6072a737f07b6
-- target fingerprint: 8fa4a2655f6381be
-- 6 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.ev ALTER COLUMN id TYPE bigint USING id::bigint;

-- hazard: rewrite
ALTER TABLE public.ev ALTER COLUMN payload TYPE character varying(200);

ALTER TABLE ONLY public.ev ALTER COLUMN ts SET STATISTICS 700;

ALTER TABLE public.ev ADD COLUMN extra integer DEFAULT 0;

ALTER TABLE ONLY public.ev_eu_2025 ALTER COLUMN payload SET STORAGE EXTERNAL;

ALTER TABLE ONLY public.ev_us ALTER COLUMN extra SET STATISTICS 50;

COMMIT;
