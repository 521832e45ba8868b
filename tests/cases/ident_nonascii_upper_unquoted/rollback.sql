-- schemadiff rollback
-- source fingerprint: 49124a4eb5cff1bc
-- target fingerprint: 476b8e9840891d1b
-- 8 statements; hazards: data-loss,irreversible

BEGIN;

DROP VIEW public."Übersicht";

DROP INDEX public."Ärger_Çà_idx";

ALTER TABLE public."Ärger" DROP CONSTRAINT "Ärger_État_check";

-- hazard: data-loss,irreversible
ALTER TABLE public."Ärger" DROP COLUMN "Çà";

-- hazard: data-loss,irreversible
DROP TABLE public."ärger";

ALTER TABLE public."Ärger" ADD CONSTRAINT "Ärger_État_check" CHECK (("État" <> ''::text)) NOT VALID;

CREATE VIEW public."Übersicht" AS
 SELECT "Ärger"."größe",
    "Ärger"."État"
   FROM public."Ärger";

COMMIT;

ALTER TABLE public."Ärger" VALIDATE CONSTRAINT "Ärger_État_check";
