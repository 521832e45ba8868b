CREATE TABLE profiles (
    id integer PRIMARY KEY,
    username text NOT NULL,
    bio text
);
