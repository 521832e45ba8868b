-- schemadiff plan
-- source fingerprint: 4a14ea9e1b57de9d
-- target fingerprint: eef915961d309612
-- 3 statements; hazards: none

BEGIN;

ALTER TYPE public.color ADD VALUE 'blue' AFTER 'green';

ALTER TYPE public.color ADD VALUE 'light blue' AFTER 'blue';

ALTER TYPE public.color ADD VALUE 'it''s grey' AFTER 'light blue';

COMMIT;
