-- schemadiff rollback
-- source fingerprint: 7ba81d299649cc05
-- target fingerprint: 9f7d2af484d0fb89
-- 12 statements; hazards: rewrite

BEGIN;

COMMENT ON INDEX public.u_handle IS NULL;

DROP VIEW public.u_handles;

DROP INDEX public.uk_handle;

ALTER TABLE public.u REPLICA IDENTITY DEFAULT;

-- hazard: rewrite
ALTER TABLE public.u ALTER COLUMN handle TYPE character varying(30);

ALTER TABLE public.u ALTER COLUMN handle DROP NOT NULL;

-- hazard: rewrite
ALTER TABLE public.u ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.u ALTER COLUMN score DROP DEFAULT;

ALTER TABLE public.u ALTER COLUMN score DROP NOT NULL;

ALTER TABLE public.uk REPLICA IDENTITY DEFAULT;

ALTER TABLE public.u SET WITHOUT CLUSTER;

CREATE VIEW public.u_handles AS
 SELECT u.handle
   FROM public.u;

COMMIT;
