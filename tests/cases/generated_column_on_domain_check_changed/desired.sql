CREATE DOMAIN money_amount AS numeric(14,2) CONSTRAINT money_amount_range CHECK (VALUE >= 0 AND VALUE < 1000000);
CREATE TABLE carts (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subtotal money_amount NOT NULL,
    shipping money_amount NOT NULL DEFAULT 0,
    grand_total money_amount GENERATED ALWAYS AS (subtotal + shipping) STORED
);
COMMENT ON DOMAIN money_amount IS 'non-negative amount below one million';
