-- schemadiff plan
-- source fingerprint: 0ced5d0be8600e46
-- target fingerprint: 717abd528f9ee070
-- 6 statements; hazards: none

BEGIN;

CREATE DOMAIN crm.email_address AS text DEFAULT 'unknown@example.invalid'::text NOT NULL;

ALTER DOMAIN crm.email_address ADD CONSTRAINT email_has_at CHECK ((VALUE ~~ '%_@_%'::text));

ALTER DOMAIN crm.email_address ADD CONSTRAINT email_not_padded CHECK ((VALUE = btrim(VALUE)));

CREATE TABLE crm.mailing_list (
    address crm.email_address NOT NULL,
    subscribed_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE crm.contacts ADD COLUMN email crm.email_address;

ALTER TABLE crm.mailing_list ADD CONSTRAINT mailing_list_pkey PRIMARY KEY (address);

COMMIT;
