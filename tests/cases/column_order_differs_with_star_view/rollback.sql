-- schemadiff rollback
-- source fingerprint: 898b3fd6a7479649
-- target fingerprint: 97fcd4bd0c52b27a
-- 2 statements; hazards: none

BEGIN;

DROP VIEW public.v;

CREATE VIEW public.v AS
 SELECT t.a,
    t.b,
    t.c
   FROM public.t;

COMMIT;
