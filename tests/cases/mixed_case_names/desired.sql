-- Mixed case names.
CREATE SCHEMA "Billing";
CREATE TYPE "Billing"."Status" AS ENUM ('Draft', 'Sent', 'Paid');
CREATE TABLE "Billing"."Invoice" (
    "InvoiceId" bigint PRIMARY KEY,
    "CustomerName" varchar(200) NOT NULL,
    "Amount" numeric(12,2) NOT NULL,
    "isPaid" boolean NOT NULL DEFAULT false,
    "Status" "Billing"."Status" NOT NULL DEFAULT 'Draft',
    CONSTRAINT "CK_Invoice_Amount" CHECK ("Amount" >= 0)
);
CREATE INDEX "IX_Invoice_Customer" ON "Billing"."Invoice" (lower("CustomerName"));
CREATE VIEW "Billing"."UnpaidInvoices" AS SELECT "InvoiceId", "Amount" FROM "Billing"."Invoice" WHERE NOT "isPaid";
COMMENT ON COLUMN "Billing"."Invoice"."isPaid" IS 'Set by the "payments" worker';
