CREATE TABLE tickets (
    id integer PRIMARY KEY,
    priority integer NOT NULL DEFAULT 3,
    state text NOT NULL DEFAULT 'open',
    due_at timestamptz DEFAULT (now() + interval '7 days'),
    uid uuid DEFAULT gen_random_uuid()
);
