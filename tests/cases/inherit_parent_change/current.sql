CREATE TABLE audited (
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text
);

CREATE TABLE versioned (
    version integer NOT NULL DEFAULT 1
);

CREATE TABLE documents (
    id integer PRIMARY KEY,
    title text NOT NULL
) INHERITS (audited);

CREATE TABLE notes (
    id integer PRIMARY KEY,
    body text
);
