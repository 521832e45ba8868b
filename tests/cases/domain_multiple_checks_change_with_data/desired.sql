-- Domain multiple checks change with data.
CREATE DOMAIN email AS text
    NOT NULL
    CONSTRAINT email_has_at CHECK (VALUE LIKE '%_@_%')
    CONSTRAINT email_short CHECK (length(VALUE) < 255)
    CONSTRAINT email_lower CHECK (VALUE = lower(VALUE));
CREATE TABLE contacts (id bigint PRIMARY KEY, email email);
