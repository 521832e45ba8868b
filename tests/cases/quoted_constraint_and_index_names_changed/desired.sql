CREATE SCHEMA "Sales ""EU""";
CREATE TABLE "Sales ""EU"""."Kunden Übersicht" (
  "Kunden-Nr" int CONSTRAINT "PK Kunden" PRIMARY KEY,
  "E-Mail" text CONSTRAINT "E-Mail ist eindeutig" UNIQUE,
  "Rabatt %" numeric CONSTRAINT "Rabatt ≤ 100" CHECK ("Rabatt %" <= 100 AND "Rabatt %" >= 0)
);
CREATE TABLE "Sales ""EU"""."Bestellungen" ("Nr" int PRIMARY KEY, "Kunde" int CONSTRAINT "FK → Kunde" REFERENCES "Sales ""EU"""."Kunden Übersicht" ON DELETE CASCADE);
CREATE INDEX "Idx: Kunde/Nr" ON "Sales ""EU"""."Bestellungen" ("Kunde", "Nr" DESC);
COMMENT ON CONSTRAINT "Rabatt ≤ 100" ON "Sales ""EU"""."Kunden Übersicht" IS 'Prozent';
COMMENT ON CONSTRAINT "FK → Kunde" ON "Sales ""EU"""."Bestellungen" IS 'fk';
COMMENT ON INDEX "Sales ""EU"""."Idx: Kunde/Nr" IS 'index ''quoted''';
COMMENT ON CONSTRAINT "PK Kunden" ON "Sales ""EU"""."Kunden Übersicht" IS 'pk';
