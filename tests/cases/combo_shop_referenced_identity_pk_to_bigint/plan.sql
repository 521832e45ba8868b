-- schemadiff plan
-- source fingerprint: 138b2c492f11f573
-- target fingerprint: bc415e915851d241
-- 6 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.order_summary;

-- hazard: rewrite
ALTER TABLE public.customers ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.customers ALTER COLUMN id SET START WITH 100 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 9223372036854775807 SET CACHE 1 SET NO CYCLE;

ALTER TABLE public.orders ADD COLUMN mut_c2 text[] DEFAULT '{}'::text[] NOT NULL;

CREATE VIEW public.order_summary AS
select o.id,
       c.email,
       full_name(c.first_name, c.last_name) as customer,
       o.status,
       o.total,
       count(i.line_no) as lines
  from orders o
  join customers c on c.id = o.customer_id
  left join order_items i on i.order_id = o.id
 group by o.id, c.email, c.first_name, c.last_name;

COMMENT ON COLUMN public.orders.id IS 'mut comment 1';

COMMIT;
