CREATE EXTENSION citext;
CREATE EXTENSION hstore;
CREATE EXTENSION pg_trgm;
CREATE EXTENSION "uuid-ossp";

CREATE TABLE profiles (
    id integer PRIMARY KEY,
    public_id uuid NOT NULL DEFAULT uuid_generate_v4(),
    username citext NOT NULL UNIQUE,
    bio text,
    attributes hstore
);

CREATE INDEX profiles_bio_trgm_idx ON profiles USING gin (bio gin_trgm_ops);
CREATE INDEX profiles_attributes_idx ON profiles USING gist (attributes);
