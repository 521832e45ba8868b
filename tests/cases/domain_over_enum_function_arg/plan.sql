-- schemadiff plan
-- source fingerprint: 1590bad9f2b9c8ee
-- target fingerprint: f2b8297d265b2036
-- 5 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE DOMAIN support.urgent_severity AS support.severity;

CREATE OR REPLACE FUNCTION support.escalate(s support.urgent_severity)
 RETURNS support.urgent_severity
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'critical'::support.urgent_severity $function$;

CREATE OR REPLACE FUNCTION support.page_on_call(s support.urgent_severity, note text)
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT 'paging for ' || s::text || ': ' || note $function$;

ALTER DOMAIN support.urgent_severity ADD CONSTRAINT urgent_only CHECK ((VALUE = ANY (ARRAY['high'::support.severity, 'critical'::support.severity])));

ALTER TABLE support.tickets ADD COLUMN escalated_as support.urgent_severity;

COMMIT;
