-- schemadiff rollback
-- source fingerprint: 16302e4907440b50
-- target fingerprint: 5a9fb28be84c5226
-- 6 statements; hazards: data-loss,irreversible

BEGIN;

DROP VIEW a.emp;

DROP VIEW b.dept;

ALTER TABLE a.dept DROP CONSTRAINT dept_head_id_fkey;

ALTER TABLE b.emp DROP CONSTRAINT emp_dept_id_fkey;

-- hazard: data-loss,irreversible
DROP TABLE a.dept;

-- hazard: data-loss,irreversible
DROP TABLE b.emp;

COMMIT;
