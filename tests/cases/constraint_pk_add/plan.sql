-- schemadiff plan
-- source fingerprint: 7396c6ef17064fc2
-- target fingerprint: 6b6df3b809d6fc70
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.post_tags ADD CONSTRAINT post_tags_pkey PRIMARY KEY (post_id, tag_id);

-- hazard: long-lock
ALTER TABLE public.tags ADD CONSTRAINT tags_pkey PRIMARY KEY (id);

COMMIT;
