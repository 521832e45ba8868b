-- schemadiff rollback
-- source fingerprint: 3d8e0a7e3ae7b9d1
-- target fingerprint: 10bf2c7918d80f39
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

COMMENT ON TRIGGER m_stmt ON public.m IS NULL;

-- hazard: data-loss,irreversible
DROP TABLE public.m_2025;

CREATE OR REPLACE TRIGGER m_row BEFORE UPDATE OF v ON public.m FOR EACH ROW WHEN ((old.v IS DISTINCT FROM new.v)) EXECUTE FUNCTION public.rowf();

CREATE OR REPLACE TRIGGER m_stmt AFTER INSERT ON public.m REFERENCING NEW TABLE AS newrows FOR EACH STATEMENT EXECUTE FUNCTION public.logit();

ALTER TABLE public.m ENABLE TRIGGER m_stmt;

COMMIT;
