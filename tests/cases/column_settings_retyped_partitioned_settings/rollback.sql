-- schemadiff rollback
-- source fingerprint: a496516e1d09f3c3
-- target fingerprint: c8be658f99a381da
-- 5 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.logs ALTER COLUMN code TYPE character varying(10);

ALTER TABLE ONLY public.logs ALTER COLUMN code SET STORAGE EXTERNAL;

-- hazard: rewrite
ALTER TABLE public.logs ALTER COLUMN hits TYPE integer USING hits::integer;

ALTER TABLE ONLY public.logs_2025 ALTER COLUMN code SET STORAGE EXTERNAL;

ALTER TABLE ONLY public.logs_2026 ALTER COLUMN code SET STORAGE MAIN;

COMMIT;
