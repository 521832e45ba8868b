-- schemadiff plan
-- source fingerprint: d38bd44173d4df4d
-- target fingerprint: dd278a28ab9a8953
-- 3 statements; hazards: none

BEGIN;

ALTER TYPE public.color ADD VALUE 'amber' AFTER 'red';

ALTER TYPE public.color ADD VALUE 'blue' AFTER 'green';

COMMIT;

BEGIN;

ALTER TABLE public.paint ALTER COLUMN c SET DEFAULT 'red'::public.color;

COMMIT;
