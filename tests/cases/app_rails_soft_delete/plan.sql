-- schemadiff plan
-- source fingerprint: cb7ea8e6e593b550
-- target fingerprint: 67bbf3f1b9cabfa2
-- 13 statements; hazards: long-lock

SET search_path = public;

BEGIN;

DROP INDEX public.index_accounts_on_email;

DROP INDEX public.index_posts_on_account_id;

ALTER TABLE public.posts DROP CONSTRAINT fk_rails_1;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_username_key;

ALTER TABLE public.accounts ADD COLUMN deleted_at timestamp(6) without time zone;

ALTER TABLE public.posts ADD COLUMN discarded_at timestamp(6) without time zone;

CREATE OR REPLACE VIEW public.visible_posts AS
select p.id, p.title, a.username from posts p join accounts a on a.id = p.account_id
  where p.discarded_at is null and a.deleted_at is null;

ALTER TABLE public.posts ADD CONSTRAINT fk_rails_1 FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE NOT VALID;

-- hazard: long-lock
CREATE UNIQUE INDEX index_accounts_on_email ON public.accounts USING btree (lower((email)::text)) WHERE deleted_at is null;

-- hazard: long-lock
CREATE UNIQUE INDEX index_accounts_on_username ON public.accounts USING btree (username) WHERE deleted_at is null;

COMMIT;

ALTER TABLE public.posts VALIDATE CONSTRAINT fk_rails_1;

CREATE INDEX CONCURRENTLY index_accounts_on_deleted_at ON public.accounts USING btree (deleted_at);

CREATE INDEX CONCURRENTLY index_posts_on_account_id ON public.posts USING btree (account_id) WHERE discarded_at is null;
