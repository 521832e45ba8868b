-- schemadiff rollback
-- source fingerprint: 3a67e29b0c6ffc9d
-- target fingerprint: 42bd466616f38a71
-- 7 statements; hazards: none

BEGIN;

DROP TRIGGER members_v_upd ON public.members_v;

DROP VIEW public.members_v;

CREATE VIEW public.members_v AS
 SELECT members.id,
    members.name,
    members.phone,
    members.city
   FROM public.members;

CREATE TRIGGER members_v_upd INSTEAD OF UPDATE ON public.members_v FOR EACH ROW EXECUTE FUNCTION public.members_v_upd();

COMMENT ON COLUMN public.members_v.city IS 'home city';

COMMENT ON VIEW public.members_v IS 'member directory';

GRANT SELECT, UPDATE ON TABLE public.members_v TO sd_writer;

COMMIT;
