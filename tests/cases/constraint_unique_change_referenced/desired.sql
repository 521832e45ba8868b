CREATE TABLE currencies (
    id integer PRIMARY KEY,
    code char(3) NOT NULL,
    numeric_code smallint NOT NULL,
    CONSTRAINT currencies_code_key UNIQUE (code, numeric_code)
);

CREATE TABLE prices (
    id integer PRIMARY KEY,
    currency_code char(3) NOT NULL,
    currency_numeric smallint NOT NULL,
    amount numeric(12,2) NOT NULL,
    CONSTRAINT prices_currency_fkey FOREIGN KEY (currency_code, currency_numeric) REFERENCES currencies (code, numeric_code)
);
