CREATE TABLE currencies (code text PRIMARY KEY, name text NOT NULL);
CREATE TABLE prices (id serial PRIMARY KEY, currency text NOT NULL DEFAULT 'EUR' REFERENCES currencies (code), amount numeric);
