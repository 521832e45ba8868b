-- schemadiff plan
-- source fingerprint: e53e22818d2b1879
-- target fingerprint: e9a1d41bc2842d66
-- 4 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.grid DETACH PARTITION public.grid_high;

ALTER TABLE public.grid DETACH PARTITION public.grid_mid;

-- hazard: long-lock
ALTER TABLE public.grid ATTACH PARTITION public.grid_high FOR VALUES FROM (200, MINVALUE) TO (MAXVALUE, MAXVALUE);

-- hazard: long-lock
ALTER TABLE public.grid ATTACH PARTITION public.grid_mid FOR VALUES FROM (0, 0) TO (200, MINVALUE);

COMMIT;
