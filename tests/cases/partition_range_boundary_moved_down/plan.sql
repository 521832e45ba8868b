-- schemadiff plan
-- source fingerprint: 40323bc525683504
-- target fingerprint: e84b6980d0b93859
-- 4 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.t DETACH PARTITION public.t_a;

ALTER TABLE public.t DETACH PARTITION public.t_b;

-- hazard: long-lock
ALTER TABLE public.t ATTACH PARTITION public.t_a FOR VALUES FROM (0) TO (100);

-- hazard: long-lock
ALTER TABLE public.t ATTACH PARTITION public.t_b FOR VALUES FROM (100) TO (400);

COMMIT;
