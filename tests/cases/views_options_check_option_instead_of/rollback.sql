-- schemadiff rollback
-- source fingerprint: 195bcc0ee97c3b82
-- target fingerprint: ac3f80451f814526
-- 6 statements; hazards: none

BEGIN;

COMMENT ON COLUMN public.agg_v.total IS NULL;

COMMENT ON TRIGGER agg_v_ins ON public.agg_v IS NULL;

CREATE OR REPLACE VIEW public.agg_v AS
 SELECT t.owner,
    sum(t.v) AS total
   FROM public.t
  GROUP BY t.owner;

CREATE OR REPLACE VIEW public.base_v WITH (security_barrier=true, check_option=local) AS
 SELECT t.id,
    t.owner,
    t.v
   FROM public.t
  WHERE (t.v > 0);

CREATE OR REPLACE VIEW public.top_v WITH (check_option=cascaded) AS
 SELECT base_v.id,
    base_v.v
   FROM public.base_v
  WHERE (base_v.v < 100);

CREATE OR REPLACE TRIGGER agg_v_ins INSTEAD OF INSERT ON public.agg_v FOR EACH ROW EXECUTE FUNCTION public.agg_ins();

COMMIT;
