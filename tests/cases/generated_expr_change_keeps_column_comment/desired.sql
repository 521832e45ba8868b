CREATE TABLE invoices (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    net numeric(12,2) NOT NULL,
    vat_rate numeric(4,3) NOT NULL DEFAULT 0.19,
    gross numeric(12,2) GENERATED ALWAYS AS (round(net * (1 + vat_rate), 2)) STORED,
    CONSTRAINT gross_positive CHECK (gross >= 0)
);
COMMENT ON COLUMN invoices.gross IS 'net plus VAT';
