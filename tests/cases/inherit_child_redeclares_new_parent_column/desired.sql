-- A child redeclares the column its parent gains: ADD on the child first, DROP on the parent first.
CREATE TABLE events (id bigint NOT NULL, at timestamptz NOT NULL, source text);
CREATE TABLE audit_events (actor text, source text) INHERITS (events);
