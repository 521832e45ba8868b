-- schemadiff plan
-- source fingerprint: c3ff09767ae9f8f3
-- target fingerprint: 5c6be6782bdca704
-- 4 statements; hazards: none

CREATE UNIQUE INDEX CONCURRENTLY t_a_b_key ON public.t (a_b);

ALTER TABLE public.t ADD CONSTRAINT t_a_b_key UNIQUE USING INDEX t_a_b_key;

CREATE UNIQUE INDEX CONCURRENTLY t_a_b_key1 ON public.t_a (b);

ALTER TABLE public.t_a ADD CONSTRAINT t_a_b_key1 UNIQUE USING INDEX t_a_b_key1;
