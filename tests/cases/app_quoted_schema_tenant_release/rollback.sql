-- schemadiff rollback
-- source fingerprint: d3fb022abbca5f17
-- target fingerprint: c4e32370d3e7fea5
-- 22 statements; hazards: data-loss,rewrite,long-lock,irreversible

BEGIN;

COMMENT ON COLUMN "TenantApp"."UserAccount"."OrgId" IS NULL;

DROP POLICY "Tenant Isolation" ON "TenantApp"."UserAccount";

DROP VIEW "TenantApp"."ActiveUsers";

DROP INDEX "TenantApp"."UserAccount_Email_uq";

ALTER TABLE "TenantApp"."UserAccount" DROP CONSTRAINT "UserAccount_OrgId_fkey";

-- hazard: data-loss,irreversible
ALTER TABLE "TenantApp"."Org" DROP COLUMN "Plan";

DROP FUNCTION "TenantApp"."CurrentOrg"();

SELECT pg_catalog.setval('"TenantApp"."UserAccount_UserId_seq"', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM "TenantApp"."UserAccount_UserId_seq" WHERE last_value > 2147483647 OR last_value < 1;

ALTER SEQUENCE "TenantApp"."UserAccount_UserId_seq" AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

ALTER TABLE "TenantApp"."UserAccount" DISABLE ROW LEVEL SECURITY;

-- hazard: data-loss,irreversible
ALTER TABLE "TenantApp"."UserAccount" DROP COLUMN "LastLogin";

-- hazard: rewrite
ALTER TABLE "TenantApp"."UserAccount" ALTER COLUMN "Email" TYPE character varying(200);

ALTER TABLE "TenantApp"."UserAccount" ALTER COLUMN "IsActive" DROP NOT NULL;

ALTER TABLE "TenantApp"."UserAccount" ALTER COLUMN "OrgId" DROP DEFAULT;

ALTER TABLE "TenantApp"."UserAccount" ALTER COLUMN "OrgId" DROP NOT NULL;

ALTER TABLE "TenantApp"."UserAccount" ALTER COLUMN "UserId" DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE "TenantApp"."UserAccount" ALTER COLUMN "UserId" TYPE integer USING "UserId"::integer;

ALTER TABLE "TenantApp"."UserAccount" ALTER COLUMN "UserId" SET DEFAULT nextval('"TenantApp"."UserAccount_UserId_seq"'::regclass);

ALTER TABLE "TenantApp"."UserAccount" ADD CONSTRAINT "UserAccount_OrgId_fkey" FOREIGN KEY ("OrgId") REFERENCES "TenantApp"."Org"("OrgId") NOT VALID;

-- hazard: long-lock
CREATE UNIQUE INDEX "UserAccount_Email_uq" ON "TenantApp"."UserAccount" USING btree (lower(("Email")::text));

CREATE VIEW "TenantApp"."ActiveUsers" AS
 SELECT "UserAccount"."UserId",
    "UserAccount"."Email"
   FROM "TenantApp"."UserAccount"
  WHERE "UserAccount"."IsActive";

COMMIT;

ALTER TABLE "TenantApp"."UserAccount" VALIDATE CONSTRAINT "UserAccount_OrgId_fkey";
