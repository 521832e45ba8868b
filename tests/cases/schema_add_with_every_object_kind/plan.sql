-- schemadiff plan
-- source fingerprint: d04a97ae69d0d069
-- target fingerprint: b50c47859ee7f8f0
-- 23 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

CREATE SCHEMA "Loyalty Program";

CREATE TYPE "Loyalty Program".tier AS ENUM ('bronze', 'silver', 'gold');

CREATE DOMAIN "Loyalty Program".points AS integer;

CREATE TYPE "Loyalty Program".award AS (pts "Loyalty Program".points, reason text);

CREATE SEQUENCE "Loyalty Program".card_no AS bigint START WITH 5000 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

CREATE OR REPLACE FUNCTION "Loyalty Program".touch()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN NEW.updated_at := now(); RETURN NEW; END $function$;

ALTER DOMAIN "Loyalty Program".points ADD CONSTRAINT points_check CHECK ((VALUE >= 0));

CREATE TABLE "Loyalty Program".members (
    customer_id integer NOT NULL,
    card bigint DEFAULT nextval('"Loyalty Program".card_no'::regclass) NOT NULL,
    tier "Loyalty Program".tier DEFAULT 'bronze'::"Loyalty Program".tier NOT NULL,
    balance "Loyalty Program".points DEFAULT 0 NOT NULL,
    last_award "Loyalty Program".award,
    updated_at timestamp with time zone
);

ALTER TABLE "Loyalty Program".members ENABLE ROW LEVEL SECURITY;

CREATE OR REPLACE FUNCTION "Loyalty Program".balance_of(cid integer)
 RETURNS integer
 LANGUAGE sql
 STABLE
RETURN (SELECT members.balance FROM "Loyalty Program".members WHERE (members.customer_id = balance_of.cid));

ALTER SEQUENCE "Loyalty Program".card_no OWNED BY "Loyalty Program".members.card;

ALTER TABLE "Loyalty Program".members ADD CONSTRAINT members_pkey PRIMARY KEY (customer_id);

ALTER TABLE "Loyalty Program".members ADD CONSTRAINT members_card_key UNIQUE (card);

ALTER TABLE "Loyalty Program".members ADD CONSTRAINT members_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE;

CREATE INDEX members_tier_idx ON "Loyalty Program".members USING btree (tier) WHERE tier <> 'bronze';

CREATE VIEW "Loyalty Program"."Gold Members" AS
SELECT c.name, m.card FROM public.customers c JOIN "Loyalty Program".members m ON m.customer_id = c.id WHERE m.tier = 'gold';

CREATE MATERIALIZED VIEW "Loyalty Program".tier_counts AS
 SELECT members.tier,
    count(*) AS n
   FROM "Loyalty Program".members
  GROUP BY members.tier;

CREATE TRIGGER members_touch BEFORE UPDATE ON "Loyalty Program".members FOR EACH ROW EXECUTE FUNCTION "Loyalty Program".touch();

CREATE POLICY members_visible ON "Loyalty Program".members AS PERMISSIVE FOR ALL TO PUBLIC USING (balance > 0);

COMMENT ON SCHEMA "Loyalty Program" IS 'points & rewards';

COMMENT ON FUNCTION "Loyalty Program".balance_of(cid integer) IS 'balance lookup';

COMMENT ON TABLE "Loyalty Program".members IS 'members';

COMMENT ON VIEW "Loyalty Program"."Gold Members" IS 'gold';

COMMIT;
