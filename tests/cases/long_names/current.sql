-- Long names.
CREATE TABLE customer_subscription_billing_period_adjustments_history_log (
    id bigint PRIMARY KEY,
    customer_subscription_billing_period_identifier_reference bigint NOT NULL,
    adjustment_amount_in_minor_currency_units_before_tax_applied bigint NOT NULL
);
CREATE TABLE customer_subscription_billing_periods_with_very_long_names_x (
    customer_subscription_billing_period_identifier_reference bigint PRIMARY KEY
);
