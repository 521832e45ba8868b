-- schemadiff rollback
-- source fingerprint: 1a1c206016739265
-- target fingerprint: 1b0f245ed3d0846f
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

DROP VIEW public.report;

-- hazard: data-loss,irreversible
DROP TABLE app.report;

CREATE TABLE public.report (
    id integer NOT NULL,
    v integer
);

ALTER TABLE public.report ADD CONSTRAINT report_pkey PRIMARY KEY (id);

CREATE VIEW app.report AS
 SELECT report.id,
    (report.v * 2) AS v2
   FROM public.report;

COMMIT;
