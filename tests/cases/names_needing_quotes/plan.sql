-- schemadiff plan
-- source fingerprint: dc0b8029c1e01281
-- target fingerprint: 79a62416eefc58f6
-- 16 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

CREATE SCHEMA "My-Schema";

CREATE SCHEMA "select";

CREATE TYPE "select"."Enum Type" AS ENUM ('a b', 'C''d', 'e"f');

CREATE OR REPLACE FUNCTION "My-Schema"."Get Price"("Item" integer)
 RETURNS numeric
 LANGUAGE sql
AS $function$SELECT "Unit Price ($)" FROM public."Order Items" WHERE "Item ID" = "Item"$function$;

CREATE TABLE "My-Schema"."Order Items" (
    "Item ID" integer NOT NULL,
    "from" date
);

CREATE TABLE "select"."table" (
    "column" integer,
    "CONSTRAINT" text,
    kind "select"."Enum Type" DEFAULT 'C''d'::"select"."Enum Type"
);

ALTER TABLE public."Order Items" ADD COLUMN "a.b" text;

ALTER TABLE public."Order Items" ADD COLUMN "order" integer;

ALTER TABLE public."Order Items" ADD COLUMN "user" text;

ALTER TABLE public."Order Items" ADD COLUMN "Ümlaut" text DEFAULT 'ü'::text;

ALTER TABLE "My-Schema"."Order Items" ADD CONSTRAINT "Order Items_pkey" PRIMARY KEY ("Item ID");

ALTER TABLE "select"."table" ADD CONSTRAINT "check" CHECK ("column" > 0);

ALTER TABLE "My-Schema"."Order Items" ADD CONSTRAINT "Order Items_Item ID_fkey" FOREIGN KEY ("Item ID") REFERENCES public."Order Items"("Item ID");

CREATE VIEW "select".view AS
SELECT "column" AS "Select", "CONSTRAINT" FROM "select"."table";

COMMENT ON COLUMN public."Order Items"."Unit Price ($)" IS 'price, in $';

COMMIT;

CREATE INDEX CONCURRENTLY "Idx ""quoted"" name" ON public."Order Items" USING btree ("order", lower("user"));
