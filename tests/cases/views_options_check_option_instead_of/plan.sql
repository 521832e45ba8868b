-- schemadiff plan
-- source fingerprint: ac3f80451f814526
-- target fingerprint: 195bcc0ee97c3b82
-- 6 statements; hazards: none

SET search_path = public;

BEGIN;

CREATE OR REPLACE VIEW public.agg_v WITH (security_invoker=true) AS
SELECT owner, sum(v) AS total FROM t GROUP BY owner;

CREATE OR REPLACE VIEW public.base_v WITH (security_invoker=true, check_option=cascaded) AS
SELECT id, owner, v FROM t WHERE v > 0;

CREATE OR REPLACE VIEW public.top_v WITH (security_barrier=true, check_option=local) AS
 SELECT base_v.id,
    base_v.v
   FROM public.base_v
  WHERE (base_v.v < 100);

CREATE OR REPLACE TRIGGER agg_v_ins INSTEAD OF INSERT OR UPDATE ON public.agg_v FOR EACH ROW EXECUTE FUNCTION public.agg_ins();

COMMENT ON COLUMN public.agg_v.total IS 'sum';

COMMENT ON TRIGGER agg_v_ins ON public.agg_v IS 'instead';

COMMIT;
