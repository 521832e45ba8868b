CREATE TABLE audited (
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text,
    updated_at timestamptz
);

CREATE TABLE versioned (
    version integer NOT NULL DEFAULT 1
);

CREATE TABLE documents (
    id integer PRIMARY KEY,
    title text NOT NULL,
    CONSTRAINT documents_title_not_blank CHECK (title <> '')
) INHERITS (audited);

CREATE TABLE notes (
    id integer PRIMARY KEY,
    body text,
    version integer NOT NULL DEFAULT 1
) INHERITS (versioned);
