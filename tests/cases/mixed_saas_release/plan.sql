-- schemadiff plan
-- source fingerprint: 744c2ea4124b4507
-- target fingerprint: e29f7ca5262ee615
-- 33 statements; hazards: data-loss,rewrite,long-lock,irreversible

SET search_path = public;

BEGIN;

DROP INDEX public.users_tenant_idx;

ALTER TABLE public.projects DROP CONSTRAINT projects_tenant_id_fkey;

ALTER TABLE public.users DROP CONSTRAINT users_tenant_id_fkey;

ALTER TABLE public.users DROP CONSTRAINT users_email_key;

-- hazard: data-loss,irreversible
ALTER TABLE public.users DROP COLUMN is_admin;

-- hazard: data-loss,irreversible
ALTER TABLE public.users DROP COLUMN legacy_password_md5;

ALTER TABLE public.projects ALTER COLUMN name TYPE character varying(200);

ALTER TABLE public.tenants ALTER COLUMN created_at DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.tenants ALTER COLUMN created_at TYPE timestamp with time zone USING created_at::timestamp with time zone;

ALTER TABLE public.tenants ALTER COLUMN created_at SET DEFAULT now();

ALTER TABLE public.tenants ALTER COLUMN plan DROP DEFAULT;

CREATE EXTENSION pgcrypto WITH SCHEMA public VERSION '1.3';

CREATE TYPE public.member_role AS ENUM ('viewer', 'editor', 'owner');

CREATE TYPE public.plan_tier AS ENUM ('free', 'pro', 'enterprise');

-- hazard: rewrite
ALTER TABLE public.tenants ALTER COLUMN plan TYPE public.plan_tier USING plan::text::public.plan_tier;

ALTER TABLE public.tenants ALTER COLUMN plan SET DEFAULT 'free'::public.plan_tier;

CREATE TABLE public.api_keys (
    id bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.api_keys_id_seq START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE) NOT NULL,
    tenant_id integer NOT NULL,
    created_by integer,
    key_hash bytea DEFAULT public.digest(public.gen_random_bytes(32), 'sha256'::text) NOT NULL,
    expires_at timestamp with time zone
);

ALTER TABLE public.projects ADD COLUMN archived_at timestamp with time zone;

ALTER TABLE public.users ADD COLUMN role public.member_role DEFAULT 'viewer'::public.member_role NOT NULL;

ALTER TABLE public.api_keys ADD CONSTRAINT api_keys_pkey PRIMARY KEY (id);

ALTER TABLE public.api_keys ADD CONSTRAINT api_keys_key_hash_key UNIQUE (key_hash);

-- hazard: long-lock
ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE (tenant_id, email);

ALTER TABLE public.tenants ADD CONSTRAINT tenants_name_check CHECK (length(name) BETWEEN 1 AND 200) NOT VALID;

ALTER TABLE public.api_keys ADD CONSTRAINT api_keys_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id) ON DELETE SET NULL;

ALTER TABLE public.api_keys ADD CONSTRAINT api_keys_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

ALTER TABLE public.projects ADD CONSTRAINT projects_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE NOT VALID;

ALTER TABLE public.users ADD CONSTRAINT users_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE NOT VALID;

CREATE INDEX api_keys_tenant_idx ON public.api_keys USING btree (tenant_id, expires_at DESC);

COMMIT;

ALTER TABLE public.tenants VALIDATE CONSTRAINT tenants_name_check;

ALTER TABLE public.projects VALIDATE CONSTRAINT projects_tenant_id_fkey;

ALTER TABLE public.users VALIDATE CONSTRAINT users_tenant_id_fkey;

CREATE UNIQUE INDEX CONCURRENTLY projects_tenant_name_live_key ON public.projects USING btree (tenant_id, lower((name)::text)) WHERE archived_at IS NULL;

CREATE INDEX CONCURRENTLY users_tenant_idx ON public.users USING btree (tenant_id) INCLUDE (role);
