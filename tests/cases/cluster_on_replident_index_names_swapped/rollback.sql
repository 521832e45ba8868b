-- schemadiff rollback
-- source fingerprint: 6d5b5e3f69b94de7
-- target fingerprint: abe3a60cebb603b0
-- 8 statements; hazards: long-lock

BEGIN;

DROP INDEX public.t_first;

DROP INDEX public.t_second;

-- hazard: long-lock
CREATE UNIQUE INDEX t_first ON public.t USING btree (a);

ALTER TABLE public.t CLUSTER ON t_first;

-- hazard: long-lock
CREATE UNIQUE INDEX t_second ON public.t USING btree (b);

ALTER TABLE public.t REPLICA IDENTITY USING INDEX t_second;

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY r_k ON public.r USING btree (k);

ALTER TABLE public.r REPLICA IDENTITY USING INDEX r_k;
