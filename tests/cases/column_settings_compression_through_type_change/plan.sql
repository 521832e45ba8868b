-- schemadiff plan
-- source fingerprint: 9d8c91dd59f3bd7a
-- target fingerprint: 8945dfbaf74d20a4
-- 6 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.docs ALTER COLUMN body TYPE character varying(1000);

ALTER TABLE ONLY public.docs ALTER COLUMN body SET STORAGE EXTERNAL;

-- hazard: rewrite
ALTER TABLE public.docs ALTER COLUMN code TYPE integer USING code::integer;

-- hazard: rewrite
ALTER TABLE public.docs ALTER COLUMN rank TYPE bigint USING rank::bigint;

-- hazard: rewrite
ALTER TABLE public.docs ALTER COLUMN title TYPE character varying(200);

ALTER TABLE ONLY public.docs ALTER COLUMN title SET COMPRESSION pglz;

COMMIT;
