-- schemadiff rollback
-- source fingerprint: b3a8a4027a7f94fb
-- target fingerprint: a1e7204d5edad8c9
-- 5 statements; hazards: none

BEGIN;

DROP POLICY things_code ON public.things;

DROP VIEW public.thing_codes;

DROP FUNCTION public.fmt_id(v integer);

CREATE VIEW public.thing_codes AS
 SELECT things.id,
    public.fmt_id((things.id)::bigint) AS code
   FROM public.things;

CREATE POLICY things_code ON public.things AS PERMISSIVE FOR ALL TO PUBLIC USING (((code IS NULL) OR (code <> public.fmt_id((id)::bigint))));

COMMIT;
