-- schemadiff rollback
-- source fingerprint: 33ebd2505d6c7558
-- target fingerprint: 16a59be2631bece8
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE app.posts DROP CONSTRAINT posts_user_id_fkey;

ALTER TABLE app.posts ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) NOT VALID;

COMMIT;

ALTER TABLE app.posts VALIDATE CONSTRAINT posts_user_id_fkey;
