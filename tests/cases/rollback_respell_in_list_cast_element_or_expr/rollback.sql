-- schemadiff rollback
-- source fingerprint: d9cfaf2dc47c3499
-- target fingerprint: 58cabea43accaae4
-- 7 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.t DROP CONSTRAINT t_s_check;

ALTER TABLE public.t DROP CONSTRAINT t_s_check3;

-- hazard: rewrite
ALTER TABLE public.t ALTER COLUMN s TYPE character varying(20);

ALTER TABLE public.t ADD CONSTRAINT t_s_check CHECK ((s IN (('a'::text)::character varying, 'b'::character varying))) NOT VALID;

ALTER TABLE public.t ADD CONSTRAINT t_s_check3 CHECK ((((s)::character varying(5)) IN ('a'::character varying, 'b'::character varying))) NOT VALID;

COMMIT;

ALTER TABLE public.t VALIDATE CONSTRAINT t_s_check;

ALTER TABLE public.t VALIDATE CONSTRAINT t_s_check3;
