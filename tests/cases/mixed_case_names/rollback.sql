-- schemadiff rollback
-- source fingerprint: b294fed7f2f4779b
-- target fingerprint: a6f2c6314feb2c27
-- 12 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

COMMENT ON COLUMN "Billing"."Invoice"."isPaid" IS NULL;

DROP VIEW "Billing"."UnpaidInvoices";

DROP INDEX "Billing"."IX_Invoice_Customer";

ALTER TABLE "Billing"."Invoice" DROP CONSTRAINT "CK_Invoice_Amount";

-- hazard: data-loss,irreversible
ALTER TABLE "Billing"."Invoice" DROP COLUMN "Status";

ALTER TYPE "Billing"."Status" RENAME TO "Status__schemadiff_old";

CREATE TYPE "Billing"."Status" AS ENUM ('Draft', 'Sent');

-- hazard: rewrite
ALTER TABLE "Billing"."Invoice" ALTER COLUMN "Amount" TYPE numeric(10,2);

ALTER TABLE "Billing"."Invoice" ALTER COLUMN "CustomerName" TYPE text USING "CustomerName"::text;

-- hazard: rewrite
ALTER TABLE "Billing"."Invoice" ALTER COLUMN "InvoiceId" TYPE integer USING "InvoiceId"::integer;

DROP TYPE "Billing"."Status__schemadiff_old";

COMMIT;

CREATE INDEX CONCURRENTLY "IX_Invoice_Customer" ON "Billing"."Invoice" USING btree ("CustomerName");
