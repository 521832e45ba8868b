-- schemadiff rollback
-- source fingerprint: 99c26bc583ce3b23
-- target fingerprint: cdd3da554ebde577
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.line_items ALTER COLUMN total DROP EXPRESSION;

COMMIT;
