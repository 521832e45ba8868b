-- schemadiff rollback
-- source fingerprint: e98c665529438859
-- target fingerprint: acf73d45ff1b5c80
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

DROP VIEW public.this_view_name_is_definitely_longer_than_sixty_three_bytes_allo;

-- hazard: data-loss,irreversible
ALTER TABLE public.short_t DROP COLUMN "ééééééééééééééééééééééééééééééé";

-- hazard: data-loss,irreversible
DROP TABLE public.this_table_name_is_definitely_longer_than_sixty_three_bytes_all;

COMMIT;
