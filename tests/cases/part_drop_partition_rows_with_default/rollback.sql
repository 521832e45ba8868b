-- schemadiff rollback
-- source fingerprint: 4f6cb2cb931267ec
-- target fingerprint: 446a1406b301b619
-- 4 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.orders DETACH PARTITION public.orders_default;

CREATE TABLE public.orders_tiny PARTITION OF public.orders FOR VALUES IN ('nz', 'is');

WITH moved AS (DELETE FROM public.orders_default WHERE ((region IS NOT NULL) AND (region = ANY (ARRAY['nz'::text, 'is'::text]))) RETURNING *)
INSERT INTO public.orders_tiny (id, region, total)
SELECT id, region, total FROM moved;

-- hazard: long-lock
ALTER TABLE public.orders ATTACH PARTITION public.orders_default DEFAULT;

COMMIT;
