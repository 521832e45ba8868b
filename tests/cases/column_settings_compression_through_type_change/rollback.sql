-- schemadiff rollback
-- source fingerprint: 8945dfbaf74d20a4
-- target fingerprint: 9d8c91dd59f3bd7a
-- 6 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.docs ALTER COLUMN body TYPE text USING body::text;

ALTER TABLE ONLY public.docs ALTER COLUMN body SET STORAGE EXTERNAL;

-- hazard: rewrite
ALTER TABLE public.docs ALTER COLUMN code TYPE text USING code::text;

-- hazard: rewrite
ALTER TABLE public.docs ALTER COLUMN rank TYPE integer USING rank::integer;

ALTER TABLE public.docs ALTER COLUMN title TYPE text USING title::text;

ALTER TABLE ONLY public.docs ALTER COLUMN title SET COMPRESSION pglz;

COMMIT;
