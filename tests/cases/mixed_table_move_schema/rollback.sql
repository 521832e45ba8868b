-- schemadiff rollback
-- source fingerprint: 81ed4d06f0ca2d2e
-- target fingerprint: 1bd14c2434821393
-- 5 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

ALTER TABLE public.report_runs DROP CONSTRAINT report_runs_report_id_fkey;

-- hazard: data-loss,irreversible
DROP TABLE archive.reports;

CREATE TABLE public.reports (
    id integer NOT NULL,
    title text NOT NULL
);

ALTER TABLE public.reports ADD CONSTRAINT reports_pkey PRIMARY KEY (id);

-- hazard: long-lock
ALTER TABLE public.report_runs ADD CONSTRAINT report_runs_report_id_fkey FOREIGN KEY (report_id) REFERENCES public.reports(id);

COMMIT;
