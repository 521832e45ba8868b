-- schemadiff rollback
-- source fingerprint: bc3d6bd324fb807a
-- target fingerprint: 815ce14761b06b1c
-- 5 statements; hazards: rewrite

BEGIN;

DROP STATISTICS public.m_2_stats;

-- hazard: rewrite
ALTER TABLE public.m ALTER COLUMN body TYPE character varying(50);

-- hazard: rewrite
ALTER TABLE public.m ALTER COLUMN id TYPE integer USING id::integer;

-- hazard: rewrite
ALTER TABLE public.m ALTER COLUMN n TYPE integer USING n::integer;

ALTER TABLE ONLY public.m_2 ALTER COLUMN body SET COMPRESSION lz4;

COMMIT;
