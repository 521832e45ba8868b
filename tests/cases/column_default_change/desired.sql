CREATE TABLE tickets (
    id integer PRIMARY KEY,
    priority integer NOT NULL DEFAULT 5,
    state text NOT NULL DEFAULT 'new',
    due_at timestamptz DEFAULT (now() + interval '14 days'),
    uid uuid DEFAULT md5(random()::text || clock_timestamp()::text)::uuid
);
