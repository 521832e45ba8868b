-- schemadiff plan
-- source fingerprint: 2e9d3d9773c797e2
-- target fingerprint: c0c070a2c86a5c94
-- 5 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.r ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.r ALTER COLUMN info TYPE text USING info::text;

CREATE TABLE public.r_2 PARTITION OF public.r FOR VALUES IN (2);

ALTER TABLE ONLY public.r_2 ALTER COLUMN id SET STATISTICS 20;

ALTER TABLE ONLY public.r_2 ALTER COLUMN info SET COMPRESSION lz4;

COMMIT;
