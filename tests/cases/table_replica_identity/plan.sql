-- schemadiff plan
-- source fingerprint: c94ea8af334308d4
-- target fingerprint: 6bedbcf2131cee7a
-- 4 statements; hazards: none

BEGIN;

ALTER TABLE public.events REPLICA IDENTITY DEFAULT;

ALTER TABLE public.orders REPLICA IDENTITY FULL;

CREATE TABLE public.shipments (
    id bigint,
    order_id bigint
);

ALTER TABLE public.shipments REPLICA IDENTITY FULL;

COMMIT;
