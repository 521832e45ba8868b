-- schemadiff plan
-- source fingerprint: 16a59be2631bece8
-- target fingerprint: 33ebd2505d6c7558
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE app.posts DROP CONSTRAINT posts_user_id_fkey;

ALTER TABLE app.posts ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES app.users(id) NOT VALID;

COMMIT;

ALTER TABLE app.posts VALIDATE CONSTRAINT posts_user_id_fkey;
