-- schemadiff plan
-- source fingerprint: 67bbf3f1b9cabfa2
-- target fingerprint: cb7ea8e6e593b550
-- 13 statements; hazards: data-loss,long-lock,irreversible

SET search_path = "$user", public;

BEGIN;

DROP INDEX public.index_accounts_on_deleted_at;

DROP INDEX public.index_accounts_on_email;

DROP INDEX public.index_accounts_on_username;

DROP INDEX public.index_posts_on_account_id;

ALTER TABLE public.posts DROP CONSTRAINT fk_rails_1;

CREATE OR REPLACE VIEW public.visible_posts AS
select p.id, p.title, a.username from posts p join accounts a on a.id = p.account_id;

-- hazard: data-loss,irreversible
ALTER TABLE public.accounts DROP COLUMN deleted_at;

-- hazard: data-loss,irreversible
ALTER TABLE public.posts DROP COLUMN discarded_at;

-- hazard: long-lock
ALTER TABLE public.accounts ADD CONSTRAINT accounts_username_key UNIQUE (username);

ALTER TABLE public.posts ADD CONSTRAINT fk_rails_1 FOREIGN KEY (account_id) REFERENCES public.accounts(id) NOT VALID;

-- hazard: long-lock
CREATE UNIQUE INDEX index_accounts_on_email ON public.accounts USING btree (email);

COMMIT;

ALTER TABLE public.posts VALIDATE CONSTRAINT fk_rails_1;

CREATE INDEX CONCURRENTLY index_posts_on_account_id ON public.posts USING btree (account_id);
