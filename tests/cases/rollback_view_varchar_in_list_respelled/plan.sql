-- schemadiff plan
-- source fingerprint: 90f1d900569f276d
-- target fingerprint: 696036b6c9905076
-- 3 statements; hazards: none

SET search_path = public;

BEGIN;

DROP VIEW public.v;

ALTER TABLE public.t ALTER COLUMN s TYPE text USING s::text;

CREATE VIEW public.v AS
select s from t where s in ('a', 'b');

COMMIT;
