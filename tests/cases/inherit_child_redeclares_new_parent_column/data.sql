-- A child redeclares the column its parent gains: ADD on the child first, DROP on the parent first.
INSERT INTO audit_events VALUES (1, now(), 'alice');
INSERT INTO events VALUES (2, now());
