-- schemadiff rollback
-- source fingerprint: 4ba4fb2e1001388f
-- target fingerprint: ecc56bca7a823c13
-- 9 statements; hazards: none

BEGIN;

COMMENT ON CONSTRAINT "PK Kunden" ON "Sales ""EU"""."Kunden Übersicht" IS NULL;

DROP INDEX "Sales ""EU"""."Idx: Kunde/Nr";

ALTER TABLE "Sales ""EU"""."Bestellungen" DROP CONSTRAINT "FK → Kunde";

ALTER TABLE "Sales ""EU"""."Kunden Übersicht" DROP CONSTRAINT "Rabatt ≤ 100";

ALTER TABLE "Sales ""EU"""."Kunden Übersicht" ADD CONSTRAINT "Rabatt ≤ 100" CHECK (("Rabatt %" <= (100)::numeric)) NOT VALID;

ALTER TABLE "Sales ""EU"""."Bestellungen" ADD CONSTRAINT "FK → Kunde" FOREIGN KEY ("Kunde") REFERENCES "Sales ""EU"""."Kunden Übersicht"("Kunden-Nr") NOT VALID;

COMMIT;

ALTER TABLE "Sales ""EU"""."Kunden Übersicht" VALIDATE CONSTRAINT "Rabatt ≤ 100";

ALTER TABLE "Sales ""EU"""."Bestellungen" VALIDATE CONSTRAINT "FK → Kunde";

CREATE INDEX CONCURRENTLY "Idx: Kunde/Nr" ON "Sales ""EU"""."Bestellungen" USING btree ("Kunde", "Nr");
