-- schemadiff plan
-- source fingerprint: d52300999a4c843f
-- target fingerprint: 7ca7c574c281f29e
-- 5 statements; hazards: none

SET search_path = public;

BEGIN;

DROP TRIGGER people_v_ins ON public.people_v;

DROP VIEW public.people_v;

CREATE VIEW public.people_v AS
SELECT id, age, name FROM people;

CREATE TRIGGER people_v_ins INSTEAD OF INSERT ON public.people_v FOR EACH ROW EXECUTE FUNCTION public.people_v_ins();

COMMENT ON VIEW public.people_v IS 'writable facade';

COMMIT;
