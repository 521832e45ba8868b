-- schemadiff plan
-- source fingerprint: c8be658f99a381da
-- target fingerprint: a496516e1d09f3c3
-- 5 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.logs ALTER COLUMN code TYPE text USING code::text;

ALTER TABLE ONLY public.logs ALTER COLUMN code SET STORAGE EXTERNAL;

-- hazard: rewrite
ALTER TABLE public.logs ALTER COLUMN hits TYPE bigint USING hits::bigint;

ALTER TABLE ONLY public.logs_2025 ALTER COLUMN code SET STORAGE EXTERNAL;

ALTER TABLE ONLY public.logs_2026 ALTER COLUMN code SET STORAGE MAIN;

COMMIT;
