-- schemadiff rollback
-- source fingerprint: 6e9099a0e64a2d58
-- target fingerprint: 713fa922ae10a5bd
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

CREATE TABLE public.tags (
    id integer NOT NULL,
    label text
);

CREATE OR REPLACE VIEW public.tag_labels AS
 SELECT tags.label
   FROM public.tags;

-- hazard: data-loss,irreversible
DROP TABLE app.tags;

ALTER TABLE public.tags ADD CONSTRAINT tags_pkey PRIMARY KEY (id);

ALTER TABLE public.tags ADD CONSTRAINT tags_label_key UNIQUE (label);

COMMIT;
