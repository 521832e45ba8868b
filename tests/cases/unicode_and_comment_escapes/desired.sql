CREATE TABLE "Produkt" ("Größe" text, id int, "価格" numeric, "emoji_😀" text DEFAULT '😀');
COMMENT ON TABLE "Produkt" IS E'line1\nline2 \\ backslash ''quote'' \t tab';
COMMENT ON COLUMN "Produkt"."Größe" IS $$Größe "size" -- not a comment; /* nor this */$$;
COMMENT ON COLUMN "Produkt"."価格" IS U&'\0041 unicode escape';
COMMENT ON COLUMN "Produkt".id IS '';
CREATE VIEW "Übersicht" AS SELECT "Größe" AS "größe", "価格" FROM "Produkt";
