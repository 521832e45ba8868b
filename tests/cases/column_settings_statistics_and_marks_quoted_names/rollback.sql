-- schemadiff rollback
-- source fingerprint: 6b5b3a2a2333bc91
-- target fingerprint: cfdf2eac1d20df17
-- 8 statements; hazards: none

BEGIN;

DROP STATISTICS "Billing Dept"."Line Stats";

DROP INDEX "Billing Dept"."Invoice Lines By Id";

DROP INDEX "Billing Dept"."Invoice Lines By No";

ALTER TABLE "Billing Dept"."Invoice Lines" REPLICA IDENTITY DEFAULT;

ALTER TABLE ONLY "Billing Dept"."Invoice Lines" ALTER COLUMN "Amt" SET STATISTICS -1;

ALTER TABLE ONLY "Billing Dept"."Invoice Lines" ALTER COLUMN "Body Text" SET STORAGE EXTENDED;

ALTER TABLE ONLY "Billing Dept"."Invoice Lines" ALTER COLUMN "Body Text" SET COMPRESSION default;

ALTER TABLE ONLY "Billing Dept"."Invoice Lines" ALTER COLUMN "Invoice No" RESET (n_distinct);

COMMIT;
