-- schemadiff plan
-- source fingerprint: ac074ec1deb42d12
-- target fingerprint: bc52016c83b7d447
-- 16 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

DROP STATISTICS public.log_lvl_day;

DROP INDEX public.log_day;

DROP INDEX public.log_id_day;

-- hazard: data-loss,irreversible
DROP TABLE public.log;

CREATE TABLE public.log (
    id bigint NOT NULL,
    day date NOT NULL,
    msg text,
    lvl smallint
) PARTITION BY RANGE (day);

ALTER TABLE ONLY public.log ALTER COLUMN msg SET STORAGE EXTERNAL;

CREATE TABLE public.log_2025 PARTITION OF public.log FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- hazard: long-lock
CREATE INDEX log_day ON public.log USING btree (day);

-- hazard: long-lock
CREATE UNIQUE INDEX log_id_day ON public.log USING btree (id, day);

CREATE UNIQUE INDEX log_2025_id ON public.log_2025 USING btree (id);

ALTER TABLE public.log_2025 REPLICA IDENTITY USING INDEX log_2025_id;

CREATE INDEX log_2025_lvl ON public.log_2025 USING btree (lvl);

ALTER TABLE public.log_2025 CLUSTER ON log_2025_lvl;

COMMENT ON INDEX public.log_day IS 'by day';

CREATE STATISTICS public.log_lvl_day (ndistinct, dependencies, mcv) ON day, lvl FROM public.log;

ALTER STATISTICS public.log_lvl_day SET STATISTICS 10;

COMMIT;
