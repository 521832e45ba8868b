-- schemadiff rollback
-- source fingerprint: 07ef2c8f6812c615
-- target fingerprint: 2d7a4664e5168b74
-- 8 statements; hazards: rewrite,long-lock

BEGIN;

DROP VIEW mart."Top Regions";

DROP INDEX mart.sales_by_region_region;

DROP MATERIALIZED VIEW mart.sales_by_region;

-- hazard: rewrite
ALTER TABLE src.sales ALTER COLUMN amount TYPE integer USING amount::integer;

-- hazard: rewrite
ALTER TABLE src.sales ALTER COLUMN region TYPE character varying(10);

CREATE MATERIALIZED VIEW mart.sales_by_region AS
 SELECT sales.region,
    sum(sales.amount) AS total
   FROM src.sales
  GROUP BY sales.region;

-- hazard: long-lock
CREATE UNIQUE INDEX sales_by_region_region ON mart.sales_by_region USING btree (region);

CREATE VIEW mart."Top Regions" AS
 SELECT sales_by_region.region
   FROM mart.sales_by_region
  WHERE (sales_by_region.total > 100);

COMMIT;
