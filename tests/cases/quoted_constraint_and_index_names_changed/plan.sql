-- schemadiff plan
-- source fingerprint: ecc56bca7a823c13
-- target fingerprint: 4ba4fb2e1001388f
-- 12 statements; hazards: none

SET search_path = public;

BEGIN;

DROP INDEX "Sales ""EU"""."Idx: Kunde/Nr";

ALTER TABLE "Sales ""EU"""."Bestellungen" DROP CONSTRAINT "FK → Kunde";

ALTER TABLE "Sales ""EU"""."Kunden Übersicht" DROP CONSTRAINT "Rabatt ≤ 100";

ALTER TABLE "Sales ""EU"""."Kunden Übersicht" ADD CONSTRAINT "Rabatt ≤ 100" CHECK ("Rabatt %" <= 100 AND "Rabatt %" >= 0) NOT VALID;

ALTER TABLE "Sales ""EU"""."Bestellungen" ADD CONSTRAINT "FK → Kunde" FOREIGN KEY ("Kunde") REFERENCES "Sales ""EU"""."Kunden Übersicht"("Kunden-Nr") ON DELETE CASCADE NOT VALID;

COMMENT ON CONSTRAINT "FK → Kunde" ON "Sales ""EU"""."Bestellungen" IS 'fk';

COMMENT ON CONSTRAINT "PK Kunden" ON "Sales ""EU"""."Kunden Übersicht" IS 'pk';

COMMENT ON CONSTRAINT "Rabatt ≤ 100" ON "Sales ""EU"""."Kunden Übersicht" IS 'Prozent';

COMMIT;

ALTER TABLE "Sales ""EU"""."Kunden Übersicht" VALIDATE CONSTRAINT "Rabatt ≤ 100";

ALTER TABLE "Sales ""EU"""."Bestellungen" VALIDATE CONSTRAINT "FK → Kunde";

CREATE INDEX CONCURRENTLY "Idx: Kunde/Nr" ON "Sales ""EU"""."Bestellungen" USING btree ("Kunde", "Nr" DESC);

COMMENT ON INDEX "Sales ""EU"""."Idx: Kunde/Nr" IS 'index ''quoted''';
