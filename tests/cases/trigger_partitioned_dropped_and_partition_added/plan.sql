-- schemadiff plan
-- source fingerprint: 4d7b577b68ab5995
-- target fingerprint: e1d8e720a200f185
-- 3 statements; hazards: none

BEGIN;

DROP TRIGGER orders_touch ON public.orders;

DROP FUNCTION public.orders_touch();

CREATE TABLE public.orders_2025 PARTITION OF public.orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

COMMIT;
