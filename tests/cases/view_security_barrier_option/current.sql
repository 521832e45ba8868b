CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner_name text NOT NULL,
    body text,
    is_public boolean NOT NULL DEFAULT false
);

CREATE VIEW public_documents AS
    SELECT id, owner_name, body
    FROM documents
    WHERE is_public;
