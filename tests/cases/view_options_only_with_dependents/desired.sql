-- View options only with dependents.
CREATE TABLE docs (id int PRIMARY KEY, owner text NOT NULL, body text);
CREATE VIEW my_docs WITH (security_barrier, security_invoker) AS SELECT id, owner, body FROM docs WHERE owner = current_user;
CREATE VIEW my_doc_count AS SELECT count(*) AS n FROM my_docs;
GRANT SELECT ON my_docs TO sd_reader;
GRANT SELECT ON my_doc_count TO sd_reader;
COMMENT ON VIEW my_doc_count IS 'dashboard tile';
