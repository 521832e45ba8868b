-- schemadiff rollback
-- source fingerprint: f299952491c3f368
-- target fingerprint: a1bc8b4095d21919
-- 7 statements; hazards: none

BEGIN;

DROP POLICY logs_insert ON public.logs;

DROP POLICY logs_tenant ON public.logs;

DROP POLICY logs_t2_admin ON public.logs_t2;

ALTER TABLE public.logs NO FORCE ROW LEVEL SECURITY;

ALTER TABLE public.logs_t1 ENABLE ROW LEVEL SECURITY;

ALTER TABLE public.logs_t2 DISABLE ROW LEVEL SECURITY;

CREATE POLICY logs_tenant ON public.logs AS PERMISSIVE FOR ALL TO PUBLIC USING ((tenant = (current_setting('app.tenant'::text))::integer));

COMMIT;
