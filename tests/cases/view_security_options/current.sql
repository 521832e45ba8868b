-- View security options.
CREATE TABLE docs (id int PRIMARY KEY, owner text NOT NULL, secret boolean NOT NULL DEFAULT false, body text);
CREATE VIEW public_docs WITH (security_barrier) AS SELECT id, owner, body FROM docs WHERE NOT secret;
CREATE VIEW my_docs AS SELECT id, body FROM docs WHERE owner = current_user;
