-- schemadiff plan
-- source fingerprint: 044d632bf276978f
-- target fingerprint: 5ac89b9a41561288
-- 3 statements; hazards: long-lock

SET search_path = public;

BEGIN;

-- hazard: long-lock
ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id, placed_on);

-- hazard: long-lock
CREATE INDEX orders_customer_idx ON public.orders USING btree (customer_id);

-- hazard: long-lock
CREATE UNIQUE INDEX orders_status_uq ON public.orders USING btree (status, placed_on) WHERE status = 'open';

COMMIT;
