-- Mixed case names.
CREATE SCHEMA "Billing";
CREATE TABLE "Billing"."Invoice" (
    "InvoiceId" integer PRIMARY KEY,
    "CustomerName" text NOT NULL,
    "Amount" numeric(10,2) NOT NULL,
    "isPaid" boolean NOT NULL DEFAULT false
);
CREATE INDEX "IX_Invoice_Customer" ON "Billing"."Invoice" ("CustomerName");
CREATE TYPE "Billing"."Status" AS ENUM ('Draft', 'Sent');
