-- schemadiff plan
-- source fingerprint: a01b0e0b9e8c7e42
-- target fingerprint: 2f2dfa66d50c14ca
-- 14 statements; hazards: data-loss,long-lock,irreversible

SET search_path = public;

BEGIN;

DROP POLICY activity_read ON public.activity;

DROP VIEW public.activity_today;

DROP INDEX public.activity_actor_idx;

ALTER TABLE public.activity DROP CONSTRAINT activity_pkey;

-- hazard: data-loss,irreversible
DROP TABLE public.activity;

CREATE TABLE public.activity (
    id bigint NOT NULL,
    at date NOT NULL,
    actor text NOT NULL
) PARTITION BY RANGE (at);

ALTER TABLE public.activity ENABLE ROW LEVEL SECURITY;

CREATE TABLE public.activity_2025 PARTITION OF public.activity FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- hazard: long-lock
ALTER TABLE public.activity ADD CONSTRAINT activity_pkey PRIMARY KEY (id, at);

-- hazard: long-lock
CREATE INDEX activity_actor_idx ON public.activity USING btree (actor);

CREATE VIEW public.activity_today AS
SELECT id, actor FROM activity WHERE at = current_date;

CREATE POLICY activity_read ON public.activity AS PERMISSIVE FOR SELECT TO sd_reader USING (true);

COMMENT ON TABLE public.activity IS 'user activity';

GRANT SELECT ON TABLE public.activity TO sd_reader;

COMMIT;
