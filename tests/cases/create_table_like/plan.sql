-- schemadiff plan
-- source fingerprint: f5f1aaa370b2bef7
-- target fingerprint: 3ebe5adb47bf158e
-- 8 statements; hazards: none

BEGIN;

CREATE TABLE public.copy1 (
    id integer NOT NULL,
    created timestamp with time zone DEFAULT now(),
    extra text
);

CREATE TABLE public.copy2 (
    id integer NOT NULL,
    created timestamp with time zone
);

ALTER TABLE public.copy1 ADD CONSTRAINT copy1_pkey PRIMARY KEY (id);

ALTER TABLE public.copy1 ADD CONSTRAINT base_id_check CHECK ((id > 0));

CREATE INDEX copy1_created_idx ON public.copy1 USING btree (created);

COMMENT ON COLUMN public.base.created IS 'creation time';

COMMENT ON COLUMN public.copy1.created IS 'creation time';

COMMIT;

CREATE INDEX CONCURRENTLY base_created_idx ON public.base USING btree (created);
