CREATE TABLE categories (
    id serial PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE products (
    id bigserial PRIMARY KEY,
    category_id integer REFERENCES categories (id),
    name text NOT NULL
);
