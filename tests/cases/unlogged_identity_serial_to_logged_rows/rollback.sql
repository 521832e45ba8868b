-- schemadiff rollback
-- source fingerprint: e4f9b8e39983e080
-- target fingerprint: f41e06bbf7468d01
-- 3 statements; hazards: rewrite

BEGIN;

ALTER SEQUENCE public.q_n_seq SET UNLOGGED;

-- hazard: rewrite
ALTER TABLE public.l SET LOGGED;

-- hazard: rewrite
ALTER TABLE public.q SET UNLOGGED;

COMMIT;
