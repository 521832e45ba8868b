-- schemadiff rollback
-- source fingerprint: 696036b6c9905076
-- target fingerprint: 90f1d900569f276d
-- 3 statements; hazards: rewrite

BEGIN;

DROP VIEW public.v;

-- hazard: rewrite
ALTER TABLE public.t ALTER COLUMN s TYPE character varying(20);

CREATE VIEW public.v AS
 SELECT t.s
   FROM public.t
  WHERE (t.s IN ('a'::character varying, 'b'::character varying));

COMMIT;
