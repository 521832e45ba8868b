-- schemadiff plan
-- source fingerprint: 476b8e9840891d1b
-- target fingerprint: 49124a4eb5cff1bc
-- 8 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public."Ärger" DROP CONSTRAINT "Ärger_État_check";

CREATE TABLE public."ärger" (
    id integer
);

ALTER TABLE public."Ärger" ADD COLUMN "Çà" integer;

CREATE OR REPLACE VIEW public."Übersicht" AS
SELECT Größe, ÉTAT, Çà FROM Ärger WHERE Çà > 0;

ALTER TABLE public."Ärger" ADD CONSTRAINT "Ärger_État_check" CHECK (ÉTAT <> '' AND ÉTAT <> 'X') NOT VALID;

ALTER TABLE public."ärger" ADD CONSTRAINT "ärger_id_fkey" FOREIGN KEY (id) REFERENCES public."Ärger"("größe");

COMMIT;

ALTER TABLE public."Ärger" VALIDATE CONSTRAINT "Ärger_État_check";

CREATE INDEX CONCURRENTLY "Ärger_Çà_idx" ON public."Ärger" USING btree ("Çà") WHERE ("État" IS NOT NULL);
