CREATE TABLE api_keys (id serial PRIMARY KEY, owner text NOT NULL);
