-- schemadiff plan
-- source fingerprint: b58ccd6389bf39be
-- target fingerprint: 757831ddc18dcab6
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.c ADD CONSTRAINT fk FOREIGN KEY (p) REFERENCES public.p(id) NOT VALID;

COMMIT;

ALTER TABLE public.c VALIDATE CONSTRAINT fk;
