-- schemadiff plan
-- source fingerprint: 713fa922ae10a5bd
-- target fingerprint: 6e9099a0e64a2d58
-- 5 statements; hazards: data-loss,irreversible

SET search_path = public;

BEGIN;

CREATE TABLE app.tags (
    id integer NOT NULL,
    label text
);

CREATE OR REPLACE VIEW public.tag_labels AS
SELECT label FROM app.tags;

-- hazard: data-loss,irreversible
DROP TABLE public.tags;

ALTER TABLE app.tags ADD CONSTRAINT tags_pkey1 PRIMARY KEY (id);

ALTER TABLE app.tags ADD CONSTRAINT tags_label_key1 UNIQUE (label);

COMMIT;
