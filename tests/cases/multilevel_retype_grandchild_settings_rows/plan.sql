-- schemadiff plan
-- source fingerprint: 815ce14761b06b1c
-- target fingerprint: bc3d6bd324fb807a
-- 5 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.m ALTER COLUMN body TYPE text USING body::text;

-- hazard: rewrite
ALTER TABLE public.m ALTER COLUMN id TYPE bigint USING id::bigint;

-- hazard: rewrite
ALTER TABLE public.m ALTER COLUMN n TYPE bigint USING n::bigint;

ALTER TABLE ONLY public.m_2 ALTER COLUMN body SET COMPRESSION lz4;

CREATE STATISTICS public.m_2_stats (ndistinct, dependencies, mcv) ON body, n FROM public.m_2;

COMMIT;
