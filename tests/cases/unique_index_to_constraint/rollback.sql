-- schemadiff rollback
-- source fingerprint: 0ee6ad4e9e25c075
-- target fingerprint: 8137af778f8d87ce
-- 3 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.tag_links;

ALTER TABLE public.tags DROP CONSTRAINT tags_tenant_slug_key;

-- hazard: long-lock
CREATE UNIQUE INDEX tags_tenant_slug_idx ON public.tags USING btree (tenant_id, slug);

COMMIT;
