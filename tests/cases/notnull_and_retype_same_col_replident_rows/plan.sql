-- schemadiff plan
-- source fingerprint: 9f7d2af484d0fb89
-- target fingerprint: 7ba81d299649cc05
-- 18 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.u_handles;

ALTER TABLE public.u ALTER COLUMN handle TYPE text USING handle::text;

ALTER TABLE public.u ADD CONSTRAINT schemadiff_nn_aa9667705dbeff90 CHECK (handle IS NOT NULL) NOT VALID;

-- hazard: rewrite
ALTER TABLE public.u ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.u ALTER COLUMN score SET DEFAULT 0;

ALTER TABLE public.u ADD CONSTRAINT schemadiff_nn_ab6c591fd1edb91b CHECK (score IS NOT NULL) NOT VALID;

ALTER TABLE public.u CLUSTER ON u_handle;

CREATE VIEW public.u_handles AS
SELECT handle FROM public.u;

COMMENT ON INDEX public.u_handle IS 'handle';

COMMIT;

ALTER TABLE public.u VALIDATE CONSTRAINT schemadiff_nn_aa9667705dbeff90;

ALTER TABLE public.u ALTER COLUMN handle SET NOT NULL;

ALTER TABLE public.u DROP CONSTRAINT schemadiff_nn_aa9667705dbeff90;

ALTER TABLE public.u VALIDATE CONSTRAINT schemadiff_nn_ab6c591fd1edb91b;

ALTER TABLE public.u ALTER COLUMN score SET NOT NULL;

ALTER TABLE public.u DROP CONSTRAINT schemadiff_nn_ab6c591fd1edb91b;

CREATE UNIQUE INDEX CONCURRENTLY uk_handle ON public.uk USING btree (handle);

ALTER TABLE public.uk REPLICA IDENTITY USING INDEX uk_handle;

ALTER TABLE public.u REPLICA IDENTITY USING INDEX u_handle;
