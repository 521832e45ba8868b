-- schemadiff plan
-- source fingerprint: 40427de1e2792751
-- target fingerprint: cb406a1019d76b59
-- 7 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP POLICY docs_tenant ON public.docs;

DROP TRIGGER docs_tenant_change ON public.docs;

-- hazard: rewrite
ALTER TABLE public.docs ALTER COLUMN tenant_id TYPE bigint USING tenant_id::bigint;

CREATE TRIGGER docs_tenant_change BEFORE UPDATE ON public.docs FOR EACH ROW WHEN ((old.tenant_id IS DISTINCT FROM new.tenant_id)) EXECUTE FUNCTION public.docs_audit();

CREATE POLICY docs_tenant ON public.docs AS PERMISSIVE FOR ALL TO PUBLIC USING (tenant_id = current_setting('app.tenant')::bigint);

COMMENT ON POLICY docs_tenant ON public.docs IS 'tenant isolation';

COMMENT ON TRIGGER docs_tenant_change ON public.docs IS 'audit tenant moves';

COMMIT;
