-- schemadiff plan
-- source fingerprint: 8137af778f8d87ce
-- target fingerprint: 0ee6ad4e9e25c075
-- 4 statements; hazards: long-lock

BEGIN;

DROP INDEX public.tags_tenant_slug_idx;

CREATE TABLE public.tag_links (
    tenant_id integer NOT NULL,
    slug text NOT NULL,
    target_id bigint NOT NULL
);

-- hazard: long-lock
ALTER TABLE public.tags ADD CONSTRAINT tags_tenant_slug_key UNIQUE (tenant_id, slug);

ALTER TABLE public.tag_links ADD CONSTRAINT tag_links_tenant_id_slug_fkey FOREIGN KEY (tenant_id, slug) REFERENCES public.tags(tenant_id, slug) ON UPDATE CASCADE ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;

COMMIT;
