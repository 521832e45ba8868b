-- schemadiff plan
-- source fingerprint: 9a1413223d451d10
-- target fingerprint: 1d21e1d963026438
-- 12 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.ref REPLICA IDENTITY FULL;

ALTER TABLE public.legacy ADD CONSTRAINT schemadiff_nn_0ea6072cfa0dbbbe CHECK (code IS NOT NULL) NOT VALID;

-- hazard: long-lock
ALTER TABLE public.legacy ADD CONSTRAINT legacy_pkey PRIMARY KEY (code);

ALTER TABLE public.legacy CLUSTER ON legacy_pkey;

ALTER TABLE public.ref ADD CONSTRAINT ref_legacy_code_fkey FOREIGN KEY (legacy_code) REFERENCES public.legacy(code) NOT VALID;

COMMENT ON CONSTRAINT legacy_pkey ON public.legacy IS 'natural key';

COMMIT;

ALTER TABLE public.legacy VALIDATE CONSTRAINT schemadiff_nn_0ea6072cfa0dbbbe;

ALTER TABLE public.legacy ALTER COLUMN code SET NOT NULL;

ALTER TABLE public.legacy DROP CONSTRAINT schemadiff_nn_0ea6072cfa0dbbbe;

ALTER TABLE public.ref VALIDATE CONSTRAINT ref_legacy_code_fkey;

CREATE INDEX CONCURRENTLY ref_legacy_code ON public.ref USING btree (legacy_code);

ALTER TABLE public.ref CLUSTER ON ref_legacy_code;
