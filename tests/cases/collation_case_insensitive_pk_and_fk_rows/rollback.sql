-- schemadiff rollback
-- source fingerprint: bafeb9bca9d3fc67
-- target fingerprint: 8f4bda0d083a84f2
-- 10 statements; hazards: rewrite,long-lock

BEGIN;

ALTER TABLE public.post_tags DROP CONSTRAINT post_tags_tag_fkey;

ALTER TABLE public.post_tags DROP CONSTRAINT post_tags_pkey;

ALTER TABLE public.tags DROP CONSTRAINT tags_pkey;

-- hazard: rewrite
ALTER TABLE public.post_tags ALTER COLUMN tag TYPE text;

-- hazard: rewrite
ALTER TABLE public.tags ALTER COLUMN name TYPE text;

DROP COLLATION public.case_insensitive;

-- hazard: long-lock
ALTER TABLE public.post_tags ADD CONSTRAINT post_tags_pkey PRIMARY KEY (post_id, tag);

-- hazard: long-lock
ALTER TABLE public.tags ADD CONSTRAINT tags_pkey PRIMARY KEY (name);

ALTER TABLE public.post_tags ADD CONSTRAINT post_tags_tag_fkey FOREIGN KEY (tag) REFERENCES public.tags(name) ON UPDATE CASCADE NOT VALID;

COMMIT;

ALTER TABLE public.post_tags VALIDATE CONSTRAINT post_tags_tag_fkey;
