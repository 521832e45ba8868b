-- schemadiff plan
-- source fingerprint: 2d7a4664e5168b74
-- target fingerprint: 07ef2c8f6812c615
-- 9 statements; hazards: rewrite,long-lock

SET search_path = public;

BEGIN;

DROP VIEW mart."Top Regions";

DROP INDEX mart.sales_by_region_region;

DROP MATERIALIZED VIEW mart.sales_by_region;

-- hazard: rewrite
ALTER TABLE src.sales ALTER COLUMN amount TYPE bigint USING amount::bigint;

ALTER TABLE src.sales ALTER COLUMN region TYPE character varying(30);

CREATE MATERIALIZED VIEW mart.sales_by_region AS
 SELECT sales.region,
    sum(sales.amount) AS total
   FROM src.sales
  GROUP BY sales.region;

-- hazard: long-lock
CREATE UNIQUE INDEX sales_by_region_region ON mart.sales_by_region USING btree (region);

CREATE VIEW mart."Top Regions" AS
SELECT region FROM mart.sales_by_region WHERE total > 100;

COMMENT ON MATERIALIZED VIEW mart.sales_by_region IS 'refresh nightly';

COMMIT;
