-- schemadiff plan
-- source fingerprint: c4e32370d3e7fea5
-- target fingerprint: d3fb022abbca5f17
-- 27 statements; hazards: rewrite,long-lock

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW "TenantApp"."ActiveUsers";

DROP INDEX "TenantApp"."UserAccount_Email_uq";

ALTER TABLE "TenantApp"."UserAccount" DROP CONSTRAINT "UserAccount_OrgId_fkey";

ALTER SEQUENCE "TenantApp"."UserAccount_UserId_seq" AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER TABLE "TenantApp"."UserAccount" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "TenantApp"."UserAccount" ALTER COLUMN "Email" TYPE character varying(320);

ALTER TABLE "TenantApp"."UserAccount" ADD CONSTRAINT schemadiff_nn_796d5f9bb89b7bdc CHECK ("IsActive" IS NOT NULL) NOT VALID;

ALTER TABLE "TenantApp"."UserAccount" ALTER COLUMN "OrgId" SET DEFAULT 1;

ALTER TABLE "TenantApp"."UserAccount" ADD CONSTRAINT schemadiff_nn_ade967dceb7d7763 CHECK ("OrgId" IS NOT NULL) NOT VALID;

ALTER TABLE "TenantApp"."UserAccount" ALTER COLUMN "UserId" DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE "TenantApp"."UserAccount" ALTER COLUMN "UserId" TYPE bigint USING "UserId"::bigint;

ALTER TABLE "TenantApp"."UserAccount" ALTER COLUMN "UserId" SET DEFAULT nextval('"TenantApp"."UserAccount_UserId_seq"'::regclass);

CREATE OR REPLACE FUNCTION "TenantApp"."CurrentOrg"()
 RETURNS integer
 LANGUAGE sql
 STABLE
AS $function$ select nullif(current_setting('app.org', true), '')::integer $function$;

ALTER TABLE "TenantApp"."Org" ADD COLUMN "Plan" text DEFAULT 'Free'::text NOT NULL;

ALTER TABLE "TenantApp"."UserAccount" ADD COLUMN "LastLogin" timestamp with time zone;

ALTER TABLE "TenantApp"."UserAccount" ADD CONSTRAINT "UserAccount_OrgId_fkey" FOREIGN KEY ("OrgId") REFERENCES "TenantApp"."Org"("OrgId") ON DELETE CASCADE NOT VALID;

-- hazard: long-lock
CREATE UNIQUE INDEX "UserAccount_Email_uq" ON "TenantApp"."UserAccount" USING btree ("OrgId", lower(("Email")::text));

CREATE VIEW "TenantApp"."ActiveUsers" AS
select "UserId", "Email", "OrgId" from "TenantApp"."UserAccount" where "IsActive";

CREATE POLICY "Tenant Isolation" ON "TenantApp"."UserAccount" AS PERMISSIVE FOR ALL TO PUBLIC USING ("OrgId" = "TenantApp"."CurrentOrg"());

COMMENT ON COLUMN "TenantApp"."UserAccount"."OrgId" IS 'Owning tenant; legacy NULLs backfilled to 1';

COMMIT;

ALTER TABLE "TenantApp"."UserAccount" VALIDATE CONSTRAINT schemadiff_nn_796d5f9bb89b7bdc;

ALTER TABLE "TenantApp"."UserAccount" ALTER COLUMN "IsActive" SET NOT NULL;

ALTER TABLE "TenantApp"."UserAccount" DROP CONSTRAINT schemadiff_nn_796d5f9bb89b7bdc;

ALTER TABLE "TenantApp"."UserAccount" VALIDATE CONSTRAINT schemadiff_nn_ade967dceb7d7763;

ALTER TABLE "TenantApp"."UserAccount" ALTER COLUMN "OrgId" SET NOT NULL;

ALTER TABLE "TenantApp"."UserAccount" DROP CONSTRAINT schemadiff_nn_ade967dceb7d7763;

ALTER TABLE "TenantApp"."UserAccount" VALIDATE CONSTRAINT "UserAccount_OrgId_fkey";
