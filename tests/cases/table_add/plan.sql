-- schemadiff plan
-- source fingerprint: 6d26973233daa9c3
-- target fingerprint: 5b361bf0651842c0
-- 4 statements; hazards: none

BEGIN;

CREATE TABLE public.projects (
    id bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.projects_id_seq START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE) NOT NULL,
    name text NOT NULL,
    description text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE public.projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);

ALTER TABLE public.projects ADD CONSTRAINT projects_name_key UNIQUE (name);

CREATE INDEX projects_created_at_idx ON public.projects USING btree (created_at);

COMMIT;
