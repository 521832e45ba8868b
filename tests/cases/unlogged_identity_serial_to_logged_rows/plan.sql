-- schemadiff plan
-- source fingerprint: f41e06bbf7468d01
-- target fingerprint: e4f9b8e39983e080
-- 3 statements; hazards: rewrite

BEGIN;

ALTER SEQUENCE public.q_n_seq SET LOGGED;

-- hazard: rewrite
ALTER TABLE public.l SET UNLOGGED;

-- hazard: rewrite
ALTER TABLE public.q SET LOGGED;

COMMIT;
