CREATE TABLE bindings (
    id integer PRIMARY KEY,
    scope text,
    key text NOT NULL,
    CONSTRAINT bindings_scope_key_key UNIQUE NULLS NOT DISTINCT (scope, key)
);
