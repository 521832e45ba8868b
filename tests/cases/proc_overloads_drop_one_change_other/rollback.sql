-- schemadiff rollback
-- source fingerprint: f45101246716bd54
-- target fingerprint: add2d14a132aa791
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP PROCEDURE public.archive_item(IN p_id integer, IN p_note text);

CREATE OR REPLACE PROCEDURE public.archive_item(IN p_note text)
 LANGUAGE sql
AS $procedure$ INSERT INTO archive VALUES (0, p_note) $procedure$;

CREATE OR REPLACE PROCEDURE public.archive_item(IN p_id integer)
 LANGUAGE sql
AS $procedure$ INSERT INTO archive VALUES (p_id, null) $procedure$;

CREATE OR REPLACE PROCEDURE public.archive_item(IN p_id integer, IN p_note text)
 LANGUAGE sql
AS $procedure$ INSERT INTO archive VALUES (p_id, p_note) $procedure$;

COMMIT;
