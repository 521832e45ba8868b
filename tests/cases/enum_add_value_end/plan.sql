-- schemadiff plan
-- source fingerprint: c2579e49ddd9d950
-- target fingerprint: c19e8bb765445dd3
-- 3 statements; hazards: none

BEGIN;

ALTER TYPE public.color ADD VALUE 'blue' AFTER 'green';

ALTER TYPE public.color ADD VALUE 'light blue' AFTER 'blue';

ALTER TYPE public.color ADD VALUE 'it''s grey' AFTER 'light blue';

COMMIT;
