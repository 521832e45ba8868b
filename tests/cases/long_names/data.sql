INSERT INTO customer_subscription_billing_periods_with_very_long_names_x VALUES (1),(2);
INSERT INTO customer_subscription_billing_period_adjustments_history_log VALUES (1,1,100),(2,2,-5);
