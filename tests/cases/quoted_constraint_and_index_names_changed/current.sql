CREATE SCHEMA "Sales ""EU""";
CREATE TABLE "Sales ""EU"""."Kunden Übersicht" (
  "Kunden-Nr" int CONSTRAINT "PK Kunden" PRIMARY KEY,
  "E-Mail" text CONSTRAINT "E-Mail ist eindeutig" UNIQUE,
  "Rabatt %" numeric CONSTRAINT "Rabatt ≤ 100" CHECK ("Rabatt %" <= 100)
);
CREATE TABLE "Sales ""EU"""."Bestellungen" ("Nr" int PRIMARY KEY, "Kunde" int CONSTRAINT "FK → Kunde" REFERENCES "Sales ""EU"""."Kunden Übersicht");
CREATE INDEX "Idx: Kunde/Nr" ON "Sales ""EU"""."Bestellungen" ("Kunde", "Nr");
