-- schemadiff rollback
-- source fingerprint: 95caefd48279bb5f
-- target fingerprint: c343241ec5187d12
-- 24 statements; hazards: none

BEGIN;

CREATE EXTENSION hstore WITH SCHEMA public VERSION '1.8';

CREATE EXTENSION pg_trgm WITH SCHEMA public VERSION '1.6';

CREATE TYPE public.visibility AS ENUM ('private', 'internal', 'public');

CREATE SEQUENCE public.revision_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

CREATE SEQUENCE public.spaces_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

CREATE TABLE public.page_links (
    from_page bigint NOT NULL,
    to_page bigint NOT NULL
);

CREATE TABLE public.pages (
    id bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.pages_id_seq START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE) NOT NULL,
    space_id integer NOT NULL,
    parent_id bigint,
    title text NOT NULL,
    props public.hstore,
    revision bigint DEFAULT nextval('public.revision_seq'::regclass) NOT NULL
);

CREATE UNLOGGED TABLE public.render_cache (
    page_id bigint NOT NULL,
    html text
);

CREATE TABLE public.spaces (
    id integer DEFAULT nextval('public.spaces_id_seq'::regclass) NOT NULL,
    key character varying(10) NOT NULL,
    visibility public.visibility DEFAULT 'private'::public.visibility NOT NULL
);

ALTER SEQUENCE public.revision_seq OWNED BY public.pages.revision;

ALTER SEQUENCE public.spaces_id_seq OWNED BY public.spaces.id;

ALTER TABLE public.page_links ADD CONSTRAINT page_links_pkey PRIMARY KEY (from_page, to_page);

ALTER TABLE public.pages ADD CONSTRAINT pages_pkey PRIMARY KEY (id);

ALTER TABLE public.render_cache ADD CONSTRAINT render_cache_pkey PRIMARY KEY (page_id);

ALTER TABLE public.spaces ADD CONSTRAINT spaces_pkey PRIMARY KEY (id);

ALTER TABLE public.pages ADD CONSTRAINT pages_title_key UNIQUE (space_id, title);

ALTER TABLE public.spaces ADD CONSTRAINT spaces_key_key UNIQUE (key);

ALTER TABLE public.page_links ADD CONSTRAINT page_links_from_page_fkey FOREIGN KEY (from_page) REFERENCES public.pages(id);

ALTER TABLE public.page_links ADD CONSTRAINT page_links_to_page_fkey FOREIGN KEY (to_page) REFERENCES public.pages(id);

ALTER TABLE public.pages ADD CONSTRAINT pages_parent_fkey FOREIGN KEY (parent_id) REFERENCES public.pages(id) DEFERRABLE INITIALLY DEFERRED;

ALTER TABLE public.pages ADD CONSTRAINT pages_space_fkey FOREIGN KEY (space_id) REFERENCES public.spaces(id) ON DELETE CASCADE;

CREATE INDEX page_links_to_idx ON public.page_links USING hash (to_page);

CREATE INDEX pages_props_idx ON public.pages USING gin (props);

CREATE INDEX pages_title_trgm ON public.pages USING gin (title public.gin_trgm_ops);

COMMIT;
