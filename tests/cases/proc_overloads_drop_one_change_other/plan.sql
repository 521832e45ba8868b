-- schemadiff plan
-- source fingerprint: add2d14a132aa791
-- target fingerprint: f45101246716bd54
-- 3 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP PROCEDURE public.archive_item(IN p_id integer);

CREATE OR REPLACE PROCEDURE public.archive_item(IN p_id integer, IN p_note text DEFAULT NULL::text)
 LANGUAGE sql
AS $procedure$ INSERT INTO archive VALUES (p_id, p_note) $procedure$;

CREATE OR REPLACE PROCEDURE public.archive_item(IN p_note text)
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $procedure$ BEGIN INSERT INTO archive VALUES (-1, p_note); END $procedure$;

COMMIT;
