-- schemadiff plan
-- source fingerprint: e1e9c16794a380b6
-- target fingerprint: 68478dce428a3dcf
-- 12 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP MATERIALIZED VIEW "Loyalty Program".tier_counts;

DROP VIEW public.member_names;

DROP VIEW "Loyalty Program"."Gold Members";

ALTER TABLE public.orders DROP CONSTRAINT orders_card_fkey;

DROP FUNCTION "Loyalty Program".balance_of(cid integer);

-- hazard: data-loss,irreversible
DROP TABLE "Loyalty Program".members;

DROP FUNCTION "Loyalty Program".touch();

DROP TYPE "Loyalty Program".award;

DROP DOMAIN "Loyalty Program".points;

-- hazard: rewrite
ALTER TABLE public.orders ALTER COLUMN t TYPE text USING t::text::text;

DROP TYPE "Loyalty Program".tier;

DROP SCHEMA "Loyalty Program";

COMMIT;
