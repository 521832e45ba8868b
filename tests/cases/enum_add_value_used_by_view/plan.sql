-- schemadiff plan
-- source fingerprint: ff6dafacca165dbd
-- target fingerprint: 5e01f19e646b01c3
-- 5 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TYPE public.order_state ADD VALUE 'packed' AFTER 'placed';

ALTER TYPE public.order_state ADD VALUE 'returned' AFTER 'delivered';

COMMIT;

BEGIN;

DROP INDEX public.shipments_in_transit_idx;

CREATE OR REPLACE VIEW public.undelivered_shipments AS
SELECT id, state, carrier FROM shipments WHERE state NOT IN ('delivered', 'returned');

COMMIT;

CREATE INDEX CONCURRENTLY shipments_in_transit_idx ON public.shipments USING btree (carrier) WHERE state IN ('packed', 'shipped');
