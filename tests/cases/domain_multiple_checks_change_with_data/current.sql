-- Domain multiple checks change with data.
CREATE DOMAIN email AS text
    CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%')
    CONSTRAINT email_short CHECK (length(VALUE) < 100);
CREATE TABLE contacts (id bigint PRIMARY KEY, email email);
