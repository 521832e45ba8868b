-- schemadiff rollback
-- source fingerprint: 59f2665a16a0f368
-- target fingerprint: 8c42c129139f1f21
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

COMMENT ON COLUMN public."Produkt"."Größe" IS NULL;

DROP VIEW public."Übersicht";

-- hazard: data-loss,irreversible
ALTER TABLE public."Produkt" DROP COLUMN "emoji_😀";

-- hazard: data-loss,irreversible
ALTER TABLE public."Produkt" DROP COLUMN "価格";

COMMENT ON TABLE public."Produkt" IS 'alt';

COMMIT;
