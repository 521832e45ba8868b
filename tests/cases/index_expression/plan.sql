-- schemadiff plan
-- source fingerprint: e4e0c8ee83c6ec7c
-- target fingerprint: fece8588a07544de
-- 3 statements; hazards: none

CREATE INDEX CONCURRENTLY accounts_full_name_idx ON public.accounts USING btree ((((COALESCE(last_name, ''::text) || ', '::text) || COALESCE(first_name, ''::text))));

CREATE UNIQUE INDEX CONCURRENTLY accounts_lower_email_key ON public.accounts USING btree (lower(email));

CREATE INDEX CONCURRENTLY accounts_profile_kind_idx ON public.accounts USING btree (((profile ->> 'kind'::text)), id);
