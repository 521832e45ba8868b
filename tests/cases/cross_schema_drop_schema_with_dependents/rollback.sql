-- schemadiff rollback
-- source fingerprint: 755ef468a77edd29
-- target fingerprint: 9fd313b5b4a5fed1
-- 6 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE SCHEMA legacy;

CREATE TYPE legacy.flag AS ENUM ('on', 'off');

CREATE OR REPLACE FUNCTION legacy.flag_count()
 RETURNS bigint
 LANGUAGE sql
 STABLE
AS $function$ SELECT count(*) FROM legacy.account_flags $function$;

CREATE TABLE legacy.account_flags (
    account_id bigint NOT NULL,
    flag legacy.flag NOT NULL
);

ALTER TABLE legacy.account_flags ADD CONSTRAINT account_flags_account_id_fkey FOREIGN KEY (account_id) REFERENCES core.accounts(id);

CREATE VIEW core.flagged_accounts AS
 SELECT a.id,
    a.name
   FROM (core.accounts a
     JOIN legacy.account_flags f ON ((f.account_id = a.id)))
  WHERE (f.flag = 'on'::legacy.flag);

COMMIT;
