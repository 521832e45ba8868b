-- schemadiff rollback
-- source fingerprint: bc52016c83b7d447
-- target fingerprint: ac074ec1deb42d12
-- 13 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

DROP STATISTICS public.log_lvl_day;

DROP INDEX public.log_day;

DROP INDEX public.log_id_day;

-- hazard: data-loss,irreversible
DROP TABLE public.log_2025;

-- hazard: data-loss,irreversible
DROP TABLE public.log;

CREATE TABLE public.log (
    id bigint NOT NULL,
    day date NOT NULL,
    msg text,
    lvl integer
);

ALTER TABLE ONLY public.log ALTER COLUMN msg SET STORAGE EXTERNAL;

-- hazard: long-lock
CREATE INDEX log_day ON public.log USING btree (day);

ALTER TABLE public.log CLUSTER ON log_day;

-- hazard: long-lock
CREATE UNIQUE INDEX log_id_day ON public.log USING btree (id, day);

ALTER TABLE public.log REPLICA IDENTITY USING INDEX log_id_day;

COMMENT ON INDEX public.log_day IS 'by day';

CREATE STATISTICS public.log_lvl_day (ndistinct, dependencies, mcv) ON day, lvl FROM public.log;

COMMIT;
