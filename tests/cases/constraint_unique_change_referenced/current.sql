CREATE TABLE currencies (
    id integer PRIMARY KEY,
    code char(3) NOT NULL,
    numeric_code smallint NOT NULL,
    CONSTRAINT currencies_code_key UNIQUE (code)
);

CREATE TABLE prices (
    id integer PRIMARY KEY,
    currency_code char(3) NOT NULL REFERENCES currencies (code),
    amount numeric(12,2) NOT NULL
);
