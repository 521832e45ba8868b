CREATE DOMAIN customer_contact_email_address_domain_with_validation_rules_xyz AS varchar(100) CHECK (VALUE LIKE '%@%');
CREATE TABLE people (id integer PRIMARY KEY, mail customer_contact_email_address_domain_with_validation_rules_xyz);
