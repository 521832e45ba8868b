-- schemadiff plan
-- source fingerprint: cbd0e60fd98ab93f
-- target fingerprint: 7ddee3bb2b7addbf
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.post_tags ADD CONSTRAINT post_tags_pkey PRIMARY KEY (post_id, tag_id);

-- hazard: long-lock
ALTER TABLE public.tags ADD CONSTRAINT tags_pkey PRIMARY KEY (id);

COMMIT;
