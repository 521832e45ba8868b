-- schemadiff plan
-- source fingerprint: f61812a4dbb69885
-- target fingerprint: 693aa6b3423f2d91
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.post_tags ADD CONSTRAINT post_tags_pkey PRIMARY KEY (post_id, tag_id);

-- hazard: long-lock
ALTER TABLE public.tags ADD CONSTRAINT tags_pkey PRIMARY KEY (id);

COMMIT;
