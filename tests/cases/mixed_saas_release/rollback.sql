-- schemadiff rollback
-- source fingerprint: e29f7ca5262ee615
-- target fingerprint: 744c2ea4124b4507
-- 27 statements; hazards: data-loss,rewrite,long-lock,irreversible

BEGIN;

DROP INDEX public.projects_tenant_name_live_key;

DROP INDEX public.users_tenant_idx;

ALTER TABLE public.projects DROP CONSTRAINT projects_tenant_id_fkey;

ALTER TABLE public.users DROP CONSTRAINT users_tenant_id_fkey;

ALTER TABLE public.tenants DROP CONSTRAINT tenants_name_check;

ALTER TABLE public.users DROP CONSTRAINT users_email_key;

-- hazard: data-loss,irreversible
ALTER TABLE public.projects DROP COLUMN archived_at;

-- hazard: data-loss,irreversible
ALTER TABLE public.users DROP COLUMN role;

-- hazard: data-loss,irreversible
DROP TABLE public.api_keys;

DROP TYPE public.member_role;

DROP EXTENSION pgcrypto;

-- hazard: rewrite
ALTER TABLE public.projects ALTER COLUMN name TYPE character varying(80);

ALTER TABLE public.tenants ALTER COLUMN created_at DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.tenants ALTER COLUMN created_at TYPE timestamp without time zone USING created_at::timestamp without time zone;

ALTER TABLE public.tenants ALTER COLUMN created_at SET DEFAULT now();

ALTER TABLE public.tenants ALTER COLUMN plan DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.tenants ALTER COLUMN plan TYPE text USING plan::text::text;

ALTER TABLE public.tenants ALTER COLUMN plan SET DEFAULT 'free'::text;

DROP TYPE public.plan_tier;

ALTER TABLE public.users ADD COLUMN is_admin boolean DEFAULT false NOT NULL;

ALTER TABLE public.users ADD COLUMN legacy_password_md5 text;

-- hazard: long-lock
ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE (email);

ALTER TABLE public.projects ADD CONSTRAINT projects_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) NOT VALID;

ALTER TABLE public.users ADD CONSTRAINT users_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) NOT VALID;

COMMIT;

ALTER TABLE public.projects VALIDATE CONSTRAINT projects_tenant_id_fkey;

ALTER TABLE public.users VALIDATE CONSTRAINT users_tenant_id_fkey;

CREATE INDEX CONCURRENTLY users_tenant_idx ON public.users USING btree (tenant_id);
