INSERT INTO accounts (email) VALUES ('n' || clock_timestamp()::text);
