-- schemadiff plan
-- source fingerprint: 4509cc29f9bb7d9a
-- target fingerprint: c4cf505c4dcbe2f7
-- 11 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW "Public API"."Orders";

DROP VIEW "Public API"."Totals";

DROP VIEW reporting.order_totals;

-- hazard: rewrite
ALTER TABLE core.orders ALTER COLUMN amount TYPE numeric(14,4);

ALTER TABLE core.orders ALTER COLUMN customer TYPE text USING customer::text;

-- hazard: rewrite
ALTER TABLE core.orders ALTER COLUMN id TYPE bigint USING id::bigint;

CREATE VIEW "Public API"."Orders" AS
SELECT id AS "OrderId", amount AS "Amount", customer AS "Customer" FROM core.orders;

CREATE VIEW reporting.order_totals AS
SELECT customer, sum(amount) AS total, count(*) AS n FROM core.orders GROUP BY customer;

CREATE VIEW "Public API"."Totals" AS
SELECT t.customer AS "Customer", t.total AS "Total" FROM reporting.order_totals t;

COMMENT ON VIEW "Public API"."Totals" IS 'API totals';

COMMENT ON COLUMN reporting.order_totals.total IS 'sum of amounts';

COMMIT;
