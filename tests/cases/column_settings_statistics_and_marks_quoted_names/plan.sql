-- schemadiff plan
-- source fingerprint: cfdf2eac1d20df17
-- target fingerprint: 6b5b3a2a2333bc91
-- 11 statements; hazards: none

BEGIN;

ALTER TABLE ONLY "Billing Dept"."Invoice Lines" ALTER COLUMN "Amt" SET STATISTICS 321;

ALTER TABLE ONLY "Billing Dept"."Invoice Lines" ALTER COLUMN "Body Text" SET STORAGE EXTERNAL;

ALTER TABLE ONLY "Billing Dept"."Invoice Lines" ALTER COLUMN "Body Text" SET COMPRESSION pglz;

ALTER TABLE ONLY "Billing Dept"."Invoice Lines" ALTER COLUMN "Invoice No" SET (n_distinct=-0.5);

CREATE STATISTICS "Billing Dept"."Line Stats" (dependencies) ON "Amt", "Invoice No" FROM "Billing Dept"."Invoice Lines";

ALTER STATISTICS "Billing Dept"."Line Stats" SET STATISTICS 99;

COMMENT ON STATISTICS "Billing Dept"."Line Stats" IS 'it''s quoted';

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY "Invoice Lines By Id" ON "Billing Dept"."Invoice Lines" USING btree ("Line Id");

ALTER TABLE "Billing Dept"."Invoice Lines" REPLICA IDENTITY USING INDEX "Invoice Lines By Id";

CREATE INDEX CONCURRENTLY "Invoice Lines By No" ON "Billing Dept"."Invoice Lines" USING btree ("Invoice No");

ALTER TABLE "Billing Dept"."Invoice Lines" CLUSTER ON "Invoice Lines By No";
