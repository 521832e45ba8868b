-- schemadiff plan
-- source fingerprint: e1fd587c4c7a01ba
-- target fingerprint: b5c25335c61cb53c
-- 5 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

ALTER TABLE public.report_runs DROP CONSTRAINT report_runs_report_id_fkey;

-- hazard: data-loss,irreversible
DROP TABLE public.reports;

CREATE TABLE archive.reports (
    id integer NOT NULL,
    title text NOT NULL
);

ALTER TABLE archive.reports ADD CONSTRAINT reports_pkey PRIMARY KEY (id);

-- hazard: long-lock
ALTER TABLE public.report_runs ADD CONSTRAINT report_runs_report_id_fkey FOREIGN KEY (report_id) REFERENCES archive.reports(id);

COMMIT;
