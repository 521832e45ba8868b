CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE DOMAIN username AS text COLLATE ci CHECK (length(VALUE) >= 3);
CREATE TABLE accounts (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login username NOT NULL
);
CREATE INDEX accounts_login_idx ON accounts (login);
CREATE INDEX accounts_login_c_idx ON accounts ((login::text) COLLATE "C" text_pattern_ops);
