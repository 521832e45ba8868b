-- schemadiff plan
-- source fingerprint: 97fcd4bd0c52b27a
-- target fingerprint: 898b3fd6a7479649
-- 2 statements; hazards: none

BEGIN;

DROP VIEW public.v;

CREATE VIEW public.v AS
 SELECT t.a,
    t.c,
    t.b
   FROM public.t;

COMMIT;
