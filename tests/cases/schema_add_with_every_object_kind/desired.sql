CREATE TABLE public.customers (id int PRIMARY KEY, name text);
CREATE SCHEMA "Loyalty Program";
COMMENT ON SCHEMA "Loyalty Program" IS 'points & rewards';
CREATE TYPE "Loyalty Program".tier AS ENUM ('bronze', 'silver', 'gold');
CREATE DOMAIN "Loyalty Program".points AS integer CHECK (VALUE >= 0);
CREATE TYPE "Loyalty Program".award AS (pts "Loyalty Program".points, reason text);
CREATE SEQUENCE "Loyalty Program".card_no START 5000;
CREATE TABLE "Loyalty Program".members (
  customer_id int PRIMARY KEY REFERENCES public.customers (id) ON DELETE CASCADE,
  card bigint NOT NULL DEFAULT nextval('"Loyalty Program".card_no') UNIQUE,
  tier "Loyalty Program".tier NOT NULL DEFAULT 'bronze',
  balance "Loyalty Program".points NOT NULL DEFAULT 0,
  last_award "Loyalty Program".award,
  updated_at timestamptz
);
CREATE FUNCTION "Loyalty Program".touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER members_touch BEFORE UPDATE ON "Loyalty Program".members FOR EACH ROW EXECUTE FUNCTION "Loyalty Program".touch();
CREATE FUNCTION "Loyalty Program".balance_of(cid int) RETURNS int LANGUAGE sql STABLE RETURN (SELECT balance FROM "Loyalty Program".members WHERE customer_id = cid);
CREATE VIEW "Loyalty Program"."Gold Members" AS SELECT c.name, m.card FROM public.customers c JOIN "Loyalty Program".members m ON m.customer_id = c.id WHERE m.tier = 'gold';
CREATE MATERIALIZED VIEW "Loyalty Program".tier_counts AS SELECT tier, count(*) AS n FROM "Loyalty Program".members GROUP BY tier;
CREATE INDEX members_tier_idx ON "Loyalty Program".members (tier) WHERE tier <> 'bronze';
ALTER TABLE "Loyalty Program".members ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_visible ON "Loyalty Program".members USING (balance > 0);
ALTER SEQUENCE "Loyalty Program".card_no OWNED BY "Loyalty Program".members.card;
COMMENT ON TABLE "Loyalty Program".members IS 'members';
COMMENT ON FUNCTION "Loyalty Program".balance_of(int) IS 'balance lookup';
COMMENT ON VIEW "Loyalty Program"."Gold Members" IS 'gold';
