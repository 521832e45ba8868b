CREATE DOMAIN money_amount AS numeric(14,2) CHECK (VALUE >= 0);
CREATE TABLE carts (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subtotal money_amount NOT NULL,
    shipping money_amount NOT NULL DEFAULT 0,
    grand_total money_amount GENERATED ALWAYS AS (subtotal + shipping) STORED
);
