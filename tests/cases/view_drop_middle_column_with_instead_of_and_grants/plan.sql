-- schemadiff plan
-- source fingerprint: 42bd466616f38a71
-- target fingerprint: 3a67e29b0c6ffc9d
-- 7 statements; hazards: none

SET search_path = public;

BEGIN;

DROP TRIGGER members_v_upd ON public.members_v;

DROP VIEW public.members_v;

CREATE VIEW public.members_v AS
SELECT id, name, city FROM members;

CREATE TRIGGER members_v_upd INSTEAD OF UPDATE ON public.members_v FOR EACH ROW EXECUTE FUNCTION public.members_v_upd();

COMMENT ON COLUMN public.members_v.city IS 'home city';

COMMENT ON VIEW public.members_v IS 'member directory';

GRANT SELECT, UPDATE ON TABLE public.members_v TO sd_writer;

COMMIT;
