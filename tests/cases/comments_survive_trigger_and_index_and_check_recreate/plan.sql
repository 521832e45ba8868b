-- schemadiff plan
-- source fingerprint: 31db675bfe60aa37
-- target fingerprint: 18707682cec2ff3f
-- 8 statements; hazards: none

SET search_path = public;

BEGIN;

DROP INDEX public.stock_qty_idx;

ALTER TABLE public.stock DROP CONSTRAINT stock_qty_check;

CREATE OR REPLACE TRIGGER stock_guard BEFORE UPDATE OF qty ON public.stock FOR EACH ROW WHEN ((new.qty < 0)) EXECUTE FUNCTION public.stock_guard();

ALTER TABLE public.stock ADD CONSTRAINT stock_qty_check CHECK (qty >= 0 AND qty < 100000) NOT VALID;

COMMENT ON CONSTRAINT stock_qty_check ON public.stock IS 'no negative stock';

COMMIT;

ALTER TABLE public.stock VALIDATE CONSTRAINT stock_qty_check;

CREATE INDEX CONCURRENTLY stock_qty_idx ON public.stock USING btree (qty) WHERE qty < 10;

COMMENT ON INDEX public.stock_qty_idx IS 'for low-stock reports';
