-- schemadiff plan
-- source fingerprint: 10bf2c7918d80f39
-- target fingerprint: 3d8e0a7e3ae7b9d1
-- 5 statements; hazards: none

BEGIN;

CREATE OR REPLACE TRIGGER m_row BEFORE UPDATE OF v, id ON public.m FOR EACH ROW WHEN (((old.v IS DISTINCT FROM new.v) AND (new.v > 0))) EXECUTE FUNCTION public.rowf();

CREATE OR REPLACE TRIGGER m_stmt AFTER UPDATE ON public.m REFERENCING OLD TABLE AS oldrows NEW TABLE AS newrows FOR EACH STATEMENT EXECUTE FUNCTION public.logit();

ALTER TABLE public.m ENABLE ALWAYS TRIGGER m_stmt;

CREATE TABLE public.m_2025 PARTITION OF public.m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

COMMENT ON TRIGGER m_stmt ON public.m IS 'stmt';

COMMIT;
