CREATE DOMAIN email_address AS text CHECK (VALUE LIKE '%_@_%');
CREATE DOMAIN phone_number AS varchar(20) CHECK (VALUE ~ '^\+?[0-9 ]+$');
CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email email_address NOT NULL,
    phone phone_number
);
CREATE UNIQUE INDEX users_email_lower_idx ON users (lower(email));
CREATE VIEW user_emails AS SELECT id, email FROM users;
