-- schemadiff plan
-- source fingerprint: 1dc8ee6dcae1abb2
-- target fingerprint: d6e476b76fa3c98c
-- 3 statements; hazards: none

BEGIN;

ALTER TYPE public.color ADD VALUE 'blue' AFTER 'green';

ALTER TYPE public.color ADD VALUE 'light blue' AFTER 'blue';

ALTER TYPE public.color ADD VALUE 'it''s grey' AFTER 'light blue';

COMMIT;
