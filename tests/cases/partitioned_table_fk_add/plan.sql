-- schemadiff plan
-- source fingerprint: 737398d54c223b5a
-- target fingerprint: 149a4531cf424466
-- 4 statements; hazards: long-lock

SET search_path = public;

BEGIN;

CREATE TABLE public.order_refs (
    order_id bigint NOT NULL,
    placed_on date NOT NULL
);

-- hazard: long-lock
ALTER TABLE public.orders ADD CONSTRAINT orders_id_positive CHECK (id > 0);

ALTER TABLE public.order_refs ADD CONSTRAINT order_refs_order_id_placed_on_fkey FOREIGN KEY (order_id, placed_on) REFERENCES public.orders(id, placed_on);

-- hazard: long-lock
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customers(id);

COMMIT;
