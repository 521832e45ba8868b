CREATE TABLE currencies (code char(5) PRIMARY KEY, name text NOT NULL);
CREATE TABLE prices (id serial PRIMARY KEY, currency char(5) NOT NULL DEFAULT 'EUR' REFERENCES currencies (code), amount numeric);
