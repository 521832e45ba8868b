-- schemadiff plan
-- source fingerprint: 8c42c129139f1f21
-- target fingerprint: 59f2665a16a0f368
-- 6 statements; hazards: none

SET search_path = public;

BEGIN;

COMMENT ON TABLE public."Produkt" IS E'line1
line2 \\ backslash ''quote'' 	 tab';

ALTER TABLE public."Produkt" ADD COLUMN "emoji_😀" text DEFAULT '😀'::text;

ALTER TABLE public."Produkt" ADD COLUMN "価格" numeric;

CREATE VIEW public."Übersicht" AS
SELECT "Größe" AS "größe", "価格" FROM "Produkt";

COMMENT ON COLUMN public."Produkt"."Größe" IS 'Größe "size" -- not a comment; /* nor this */';

COMMENT ON COLUMN public."Produkt"."価格" IS 'A unicode escape';

COMMIT;
