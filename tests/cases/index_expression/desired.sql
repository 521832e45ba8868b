CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL,
    first_name text,
    last_name text,
    profile jsonb NOT NULL DEFAULT '{}'
);

CREATE UNIQUE INDEX accounts_lower_email_key ON accounts (lower(email));
CREATE INDEX accounts_full_name_idx ON accounts ((coalesce(last_name, '') || ', ' || coalesce(first_name, '')));
CREATE INDEX accounts_profile_kind_idx ON accounts ((profile ->> 'kind'), id);
