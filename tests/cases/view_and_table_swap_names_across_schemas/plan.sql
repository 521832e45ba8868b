-- schemadiff plan
-- source fingerprint: 1b0f245ed3d0846f
-- target fingerprint: 1a1c206016739265
-- 5 statements; hazards: data-loss,irreversible

SET search_path = public;

BEGIN;

DROP VIEW app.report;

-- hazard: data-loss,irreversible
DROP TABLE public.report;

CREATE TABLE app.report (
    id integer NOT NULL,
    v integer
);

ALTER TABLE app.report ADD CONSTRAINT report_pkey PRIMARY KEY (id);

CREATE VIEW public.report AS
SELECT id, v * 2 AS v2 FROM app.report;

COMMIT;
