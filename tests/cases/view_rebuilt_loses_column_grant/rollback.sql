-- schemadiff rollback
-- source fingerprint: 3b0220cb9ab3eb89
-- target fingerprint: fc7dbbf5b49639f1
-- 3 statements; hazards: none

BEGIN;

DROP VIEW public.v;

CREATE VIEW public.v AS
 SELECT t.a,
    t.b,
    t.c
   FROM public.t;

GRANT SELECT (a) ON TABLE public.v TO sd_reader;

COMMIT;
