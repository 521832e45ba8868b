-- schemadiff plan
-- source fingerprint: a6f2c6314feb2c27
-- target fingerprint: b294fed7f2f4779b
-- 11 statements; hazards: rewrite

SET search_path = public;

BEGIN;

ALTER TYPE "Billing"."Status" ADD VALUE 'Paid' AFTER 'Sent';

COMMIT;

BEGIN;

DROP INDEX "Billing"."IX_Invoice_Customer";

ALTER TABLE "Billing"."Invoice" ALTER COLUMN "Amount" TYPE numeric(12,2);

-- hazard: rewrite
ALTER TABLE "Billing"."Invoice" ALTER COLUMN "CustomerName" TYPE character varying(200);

-- hazard: rewrite
ALTER TABLE "Billing"."Invoice" ALTER COLUMN "InvoiceId" TYPE bigint USING "InvoiceId"::bigint;

ALTER TABLE "Billing"."Invoice" ADD COLUMN "Status" "Billing"."Status" DEFAULT 'Draft'::"Billing"."Status" NOT NULL;

ALTER TABLE "Billing"."Invoice" ADD CONSTRAINT "CK_Invoice_Amount" CHECK ("Amount" >= 0) NOT VALID;

CREATE VIEW "Billing"."UnpaidInvoices" AS
SELECT "InvoiceId", "Amount" FROM "Billing"."Invoice" WHERE NOT "isPaid";

COMMENT ON COLUMN "Billing"."Invoice"."isPaid" IS 'Set by the "payments" worker';

COMMIT;

ALTER TABLE "Billing"."Invoice" VALIDATE CONSTRAINT "CK_Invoice_Amount";

CREATE INDEX CONCURRENTLY "IX_Invoice_Customer" ON "Billing"."Invoice" USING btree (lower(("CustomerName")::text));
