CREATE SCHEMA "Billing Dept";
CREATE TABLE "Billing Dept"."Invoice Lines" ("Line Id" bigint NOT NULL, "Invoice No" text NOT NULL, "Body Text" text, "Amt" numeric);
