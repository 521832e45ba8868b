INSERT INTO events VALUES ('eu', 1, '{}'), ('us', 2, '{"a":1}'), ('ca', 3, NULL), ('br', 4, NULL);
