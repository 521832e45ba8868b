-- schemadiff plan
-- source fingerprint: abe3a60cebb603b0
-- target fingerprint: 6d5b5e3f69b94de7
-- 8 statements; hazards: long-lock

BEGIN;

DROP INDEX public.r_k;

DROP INDEX public.t_first;

DROP INDEX public.t_second;

ALTER TABLE public.r REPLICA IDENTITY NOTHING;

-- hazard: long-lock
CREATE UNIQUE INDEX t_first ON public.t USING btree (b);

ALTER TABLE public.t REPLICA IDENTITY USING INDEX t_first;

-- hazard: long-lock
CREATE UNIQUE INDEX t_second ON public.t USING btree (a);

ALTER TABLE public.t CLUSTER ON t_second;

COMMIT;
