-- schemadiff rollback
-- source fingerprint: 2c1880122d3ea726
-- target fingerprint: 82aa655991ffdfd4
-- 6 statements; hazards: rewrite,long-lock

BEGIN;

ALTER DOMAIN public.customer_contact_email_address_domain_with_validation_rules_xyz DROP CONSTRAINT customer_contact_email_address_domain_with_validation_rul_check;

ALTER DOMAIN public.customer_contact_email_address_domain_with_validation_rules_xyz RENAME TO customer_contact_email_address_domain__5766a047__schemadiff_old;

CREATE DOMAIN public.customer_contact_email_address_domain_with_validation_rules_xyz AS character varying(100);

-- hazard: long-lock
ALTER DOMAIN public.customer_contact_email_address_domain_with_validation_rules_xyz ADD CONSTRAINT customer_contact_email_address_domain_with_validation_rul_check CHECK (((VALUE)::text ~~ '%@%'::text));

-- hazard: rewrite
ALTER TABLE public.people ALTER COLUMN mail TYPE public.customer_contact_email_address_domain_with_validation_rules_xyz USING mail::text::public.customer_contact_email_address_domain_with_validation_rules_xyz;

DROP DOMAIN public.customer_contact_email_address_domain__5766a047__schemadiff_old;

COMMIT;
