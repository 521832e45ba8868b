-- schemadiff plan
-- source fingerprint: e38945b73585fe78
-- target fingerprint: 79e53d0c82700438
-- 4 statements; hazards: none

CREATE UNIQUE INDEX CONCURRENTLY post_tags_pkey ON public.post_tags (post_id, tag_id);

ALTER TABLE public.post_tags ADD CONSTRAINT post_tags_pkey PRIMARY KEY USING INDEX post_tags_pkey;

CREATE UNIQUE INDEX CONCURRENTLY tags_pkey ON public.tags (id);

ALTER TABLE public.tags ADD CONSTRAINT tags_pkey PRIMARY KEY USING INDEX tags_pkey;
