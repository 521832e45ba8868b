CREATE TYPE color AS ENUM ('red', 'green');
CREATE TABLE paint (id int, c color);
