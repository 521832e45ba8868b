-- schemadiff plan
-- source fingerprint: da102b802aeeda64
-- target fingerprint: 6507ac5b2a9e512d
-- 3 statements; hazards: none

BEGIN;

ALTER TYPE public.color ADD VALUE 'blue' AFTER 'green';

ALTER TYPE public.color ADD VALUE 'light blue' AFTER 'blue';

ALTER TYPE public.color ADD VALUE 'it''s grey' AFTER 'light blue';

COMMIT;
