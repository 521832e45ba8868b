-- Column serial to bigserial.
INSERT INTO comments (body) VALUES ('x'), ('y');
