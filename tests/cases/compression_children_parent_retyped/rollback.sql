-- schemadiff rollback
-- source fingerprint: d24f478f106ae5d1
-- target fingerprint: 74aaefd6c86d8083
-- 7 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.b ALTER COLUMN body TYPE text USING body::text;

ALTER TABLE ONLY public.c ALTER COLUMN body SET COMPRESSION lz4;

ALTER TABLE public.p ALTER COLUMN body TYPE text USING body::text;

-- hazard: rewrite
ALTER TABLE public.p ALTER COLUMN meta TYPE character varying(20);

ALTER TABLE ONLY public.p1 ALTER COLUMN body SET COMPRESSION lz4;

ALTER TABLE ONLY public.p2 ALTER COLUMN meta SET STORAGE EXTERNAL;

ALTER TABLE ONLY public.p2 ALTER COLUMN meta SET COMPRESSION pglz;

COMMIT;
