-- schemadiff rollback
-- source fingerprint: bc415e915851d241
-- target fingerprint: 138b2c492f11f573
-- 7 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

COMMENT ON COLUMN public.orders.id IS NULL;

DROP VIEW public.order_summary;

-- hazard: data-loss,irreversible
ALTER TABLE public.orders DROP COLUMN mut_c2;

-- hazard: rewrite
ALTER TABLE public.customers ALTER COLUMN id TYPE integer USING id::integer;

SELECT pg_catalog.setval('public.customers_id_seq', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM public.customers_id_seq WHERE last_value > 2147483647 OR last_value < 1;

ALTER TABLE public.customers ALTER COLUMN id SET START WITH 100 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 2147483647 SET CACHE 1 SET NO CYCLE;

CREATE VIEW public.order_summary AS
 SELECT o.id,
    c.email,
    public.full_name((c.first_name)::text, (c.last_name)::text) AS customer,
    o.status,
    o.total,
    count(i.line_no) AS lines
   FROM ((public.orders o
     JOIN public.customers c ON ((c.id = o.customer_id)))
     LEFT JOIN public.order_items i ON ((i.order_id = o.id)))
  GROUP BY o.id, c.email, c.first_name, c.last_name;

COMMIT;
