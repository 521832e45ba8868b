CREATE TABLE public.legacy (code text PRIMARY KEY, val int);
ALTER TABLE public.legacy CLUSTER ON legacy_pkey;
COMMENT ON CONSTRAINT legacy_pkey ON public.legacy IS 'natural key';
CREATE TABLE public.ref (id int PRIMARY KEY, legacy_code text REFERENCES public.legacy (code));
CREATE INDEX ref_legacy_code ON public.ref (legacy_code);
ALTER TABLE public.ref CLUSTER ON ref_legacy_code;
ALTER TABLE public.ref REPLICA IDENTITY FULL;
