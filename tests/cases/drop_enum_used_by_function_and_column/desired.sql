-- Drop enum used by function and column.
CREATE TABLE diary (id bigint PRIMARY KEY, entry text);
