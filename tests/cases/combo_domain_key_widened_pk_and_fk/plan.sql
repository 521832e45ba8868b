-- schemadiff plan
-- source fingerprint: 9222cd9a42633eea
-- target fingerprint: baca5a289052b9bb
-- 13 statements; hazards: rewrite,long-lock

SET search_path = public;

BEGIN;

DROP VIEW public.pet_owners;

ALTER TABLE public.pets DROP CONSTRAINT pets_owner_id_fkey;

ALTER DOMAIN public.entity_id DROP CONSTRAINT entity_id_positive;

ALTER DOMAIN public.entity_id RENAME TO entity_id__schemadiff_old;

CREATE DOMAIN public.entity_id AS bigint;

-- hazard: long-lock
ALTER DOMAIN public.entity_id ADD CONSTRAINT entity_id_positive CHECK ((VALUE > 0));

-- hazard: rewrite
ALTER TABLE public.owners ALTER COLUMN id TYPE public.entity_id USING id::text::public.entity_id;

-- hazard: rewrite
ALTER TABLE public.pets ALTER COLUMN id TYPE public.entity_id USING id::text::public.entity_id;

-- hazard: rewrite
ALTER TABLE public.pets ALTER COLUMN owner_id TYPE public.entity_id USING owner_id::text::public.entity_id;

DROP DOMAIN public.entity_id__schemadiff_old;

ALTER TABLE public.pets ADD CONSTRAINT pets_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.owners(id) ON UPDATE CASCADE NOT VALID;

CREATE VIEW public.pet_owners AS
SELECT p.id, p.name, o.name AS owner FROM pets p JOIN owners o ON o.id = p.owner_id;

COMMIT;

ALTER TABLE public.pets VALIDATE CONSTRAINT pets_owner_id_fkey;
