CREATE TYPE region AS ENUM ('eu', 'us', 'apac');
CREATE TABLE cust (id int NOT NULL, r region NOT NULL) PARTITION BY LIST (r);
CREATE TABLE cust_eu PARTITION OF cust FOR VALUES IN ('eu');
CREATE TABLE cust_us PARTITION OF cust FOR VALUES IN ('us');
