CREATE TABLE public.members (id bigint NOT NULL, org int NOT NULL, login text NOT NULL,
  CONSTRAINT members_login_key UNIQUE (org, login));
ALTER TABLE public.members REPLICA IDENTITY USING INDEX members_login_key;
ALTER TABLE public.members CLUSTER ON members_login_key;
