-- schemadiff rollback
-- source fingerprint: 18707682cec2ff3f
-- target fingerprint: 31db675bfe60aa37
-- 8 statements; hazards: none

BEGIN;

DROP INDEX public.stock_qty_idx;

ALTER TABLE public.stock DROP CONSTRAINT stock_qty_check;

CREATE OR REPLACE TRIGGER stock_guard BEFORE UPDATE ON public.stock FOR EACH ROW EXECUTE FUNCTION public.stock_guard();

ALTER TABLE public.stock ADD CONSTRAINT stock_qty_check CHECK ((qty >= 0)) NOT VALID;

COMMENT ON CONSTRAINT stock_qty_check ON public.stock IS 'no negative stock';

COMMIT;

ALTER TABLE public.stock VALIDATE CONSTRAINT stock_qty_check;

CREATE INDEX CONCURRENTLY stock_qty_idx ON public.stock USING btree (qty);

COMMENT ON INDEX public.stock_qty_idx IS 'for low-stock reports';
