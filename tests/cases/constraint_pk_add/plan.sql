-- schemadiff plan
-- source fingerprint: ac81855a1cb28dec
-- target fingerprint: c7ebf690c395a82b
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.post_tags ADD CONSTRAINT post_tags_pkey PRIMARY KEY (post_id, tag_id);

-- hazard: long-lock
ALTER TABLE public.tags ADD CONSTRAINT tags_pkey PRIMARY KEY (id);

COMMIT;
