-- schemadiff plan
-- source fingerprint: 58a03dca1e8a1967
-- target fingerprint: 9e6e0602be1b6ee2
-- 3 statements; hazards: none

BEGIN;

ALTER TYPE public.color ADD VALUE 'blue' AFTER 'green';

ALTER TYPE public.color ADD VALUE 'light blue' AFTER 'blue';

ALTER TYPE public.color ADD VALUE 'it''s grey' AFTER 'light blue';

COMMIT;
