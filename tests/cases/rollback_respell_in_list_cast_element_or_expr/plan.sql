-- schemadiff plan
-- source fingerprint: 58cabea43accaae4
-- target fingerprint: d9cfaf2dc47c3499
-- 7 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public.t DROP CONSTRAINT t_s_check;

ALTER TABLE public.t DROP CONSTRAINT t_s_check3;

ALTER TABLE public.t ALTER COLUMN s TYPE text USING s::text;

ALTER TABLE public.t ADD CONSTRAINT t_s_check CHECK (s in ('a'::text, 'b')) NOT VALID;

ALTER TABLE public.t ADD CONSTRAINT t_s_check3 CHECK (s::varchar(5) in ('a', 'b')) NOT VALID;

COMMIT;

ALTER TABLE public.t VALIDATE CONSTRAINT t_s_check;

ALTER TABLE public.t VALIDATE CONSTRAINT t_s_check3;
