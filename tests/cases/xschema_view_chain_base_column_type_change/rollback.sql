-- schemadiff rollback
-- source fingerprint: c4cf505c4dcbe2f7
-- target fingerprint: 4509cc29f9bb7d9a
-- 11 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP VIEW "Public API"."Orders";

DROP VIEW "Public API"."Totals";

DROP VIEW reporting.order_totals;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE core.orders ALTER COLUMN amount TYPE numeric(10,2);

-- hazard: rewrite
ALTER TABLE core.orders ALTER COLUMN customer TYPE character varying(50);

-- hazard: rewrite
ALTER TABLE core.orders ALTER COLUMN id TYPE integer USING id::integer;

CREATE VIEW "Public API"."Orders" AS
 SELECT orders.id AS "OrderId",
    orders.amount AS "Amount",
    orders.customer AS "Customer"
   FROM core.orders;

CREATE VIEW reporting.order_totals AS
 SELECT orders.customer,
    sum(orders.amount) AS total,
    count(*) AS n
   FROM core.orders
  GROUP BY orders.customer;

CREATE VIEW "Public API"."Totals" AS
 SELECT t.customer AS "Customer",
    t.total AS "Total"
   FROM reporting.order_totals t;

COMMENT ON VIEW "Public API"."Totals" IS 'API totals';

COMMENT ON COLUMN reporting.order_totals.total IS 'sum of amounts';

COMMIT;
