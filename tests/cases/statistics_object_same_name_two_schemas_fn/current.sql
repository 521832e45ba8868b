CREATE SCHEMA sales;
CREATE SCHEMA hr;
CREATE TABLE sales.people (id int, city text, zip text);
CREATE TABLE hr.people (id int, dept text, title text);
