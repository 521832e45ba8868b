-- schemadiff plan
-- source fingerprint: 74aaefd6c86d8083
-- target fingerprint: d24f478f106ae5d1
-- 7 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.b ALTER COLUMN body TYPE character varying(100);

ALTER TABLE ONLY public.c ALTER COLUMN body SET COMPRESSION lz4;

-- hazard: rewrite
ALTER TABLE public.p ALTER COLUMN body TYPE character varying(500);

ALTER TABLE public.p ALTER COLUMN meta TYPE text USING meta::text;

ALTER TABLE ONLY public.p1 ALTER COLUMN body SET COMPRESSION lz4;

ALTER TABLE ONLY public.p2 ALTER COLUMN meta SET STORAGE EXTERNAL;

ALTER TABLE ONLY public.p2 ALTER COLUMN meta SET COMPRESSION pglz;

COMMIT;
