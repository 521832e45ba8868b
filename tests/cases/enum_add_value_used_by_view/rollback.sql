-- schemadiff rollback
-- source fingerprint: 5e01f19e646b01c3
-- target fingerprint: ff6dafacca165dbd
-- 10 statements; hazards: rewrite

BEGIN;

DROP VIEW public.undelivered_shipments;

DROP INDEX public.shipments_in_transit_idx;

ALTER TYPE public.order_state RENAME TO order_state__schemadiff_old;

CREATE TYPE public.order_state AS ENUM ('placed', 'shipped', 'delivered');

ALTER TABLE public.shipments ALTER COLUMN state DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.shipments ALTER COLUMN state TYPE public.order_state USING state::text::public.order_state;

ALTER TABLE public.shipments ALTER COLUMN state SET DEFAULT 'placed'::public.order_state;

DROP TYPE public.order_state__schemadiff_old;

CREATE VIEW public.undelivered_shipments AS
 SELECT shipments.id,
    shipments.state,
    shipments.carrier
   FROM public.shipments
  WHERE (shipments.state <> 'delivered'::public.order_state);

COMMIT;

CREATE INDEX CONCURRENTLY shipments_in_transit_idx ON public.shipments USING btree (carrier) WHERE (state = 'shipped'::public.order_state);
