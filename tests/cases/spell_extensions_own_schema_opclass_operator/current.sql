CREATE SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA ext;
CREATE EXTENSION hstore;
CREATE EXTENSION pgcrypto;

CREATE TABLE t (id uuid DEFAULT ext.uuid_generate_v4() PRIMARY KEY, email ext.citext UNIQUE, name text, h public.hstore, pw text DEFAULT crypt('x', gen_salt('bf')), e ext.citext[]);
CREATE INDEX t_name_trgm ON t USING gin (name ext.gin_trgm_ops);
CREATE INDEX t_name_trgm2 ON t USING gist (name ext.gist_trgm_ops(siglen=32));
CREATE INDEX t_h ON t USING gin (h);
CREATE VIEW v AS SELECT id, ext.similarity(name, 'x') AS s, h -> 'k' AS k FROM t WHERE email OPERATOR(ext.=) 'A@b';
