CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    phone varchar(20)
);
CREATE UNIQUE INDEX users_email_lower_idx ON users (lower(email));
CREATE VIEW user_emails AS SELECT id, email FROM users;
