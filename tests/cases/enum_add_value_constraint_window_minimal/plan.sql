-- schemadiff plan
-- source fingerprint: 9b8108e6f10bcb28
-- target fingerprint: ff244ce0a7c40c89
-- 6 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TYPE public.st ADD VALUE 'c' AFTER 'b';

COMMIT;

BEGIN;

ALTER TABLE public.t DROP CONSTRAINT t_s_check;

ALTER TABLE public.t ALTER COLUMN s DROP DEFAULT;

ALTER TABLE public.t ALTER COLUMN s SET DEFAULT 'c'::public.st;

ALTER TABLE public.t ADD CONSTRAINT t_s_check CHECK (s NOT IN ('b', 'c')) NOT VALID;

COMMIT;

ALTER TABLE public.t VALIDATE CONSTRAINT t_s_check;
