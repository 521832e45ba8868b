-- schemadiff plan
-- source fingerprint: a5ff3018726df177
-- target fingerprint: f87e96f94f4fc78c
-- 8 statements; hazards: none

CREATE UNIQUE INDEX CONCURRENTLY accounts_pkey ON public.accounts (id);

ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_pkey;

CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key ON public.accounts (email);

ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_key;

CREATE INDEX CONCURRENTLY accounts_v ON public.accounts USING btree (v);

COMMENT ON CONSTRAINT accounts_email_key ON public.accounts IS 'one account per address';

COMMENT ON CONSTRAINT accounts_pkey ON public.accounts IS 'one row per account';

COMMENT ON INDEX public.accounts_v IS 'by v';
