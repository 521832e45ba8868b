-- schemadiff plan
-- source fingerprint: a1bc8b4095d21919
-- target fingerprint: f299952491c3f368
-- 7 statements; hazards: none

SET search_path = public;

BEGIN;

DROP POLICY logs_tenant ON public.logs;

ALTER TABLE public.logs FORCE ROW LEVEL SECURITY;

ALTER TABLE public.logs_t1 DISABLE ROW LEVEL SECURITY;

ALTER TABLE public.logs_t2 ENABLE ROW LEVEL SECURITY;

CREATE POLICY logs_insert ON public.logs AS PERMISSIVE FOR INSERT TO sd_writer WITH CHECK (tenant = current_setting('app.tenant', true)::int AND at >= current_date - 1);

CREATE POLICY logs_tenant ON public.logs AS PERMISSIVE FOR SELECT TO sd_reader USING (tenant = current_setting('app.tenant', true)::int);

CREATE POLICY logs_t2_admin ON public.logs_t2 AS PERMISSIVE FOR ALL TO sd_admin USING (true);

COMMIT;
