-- The child declares a column the parent gains too; the parent's name sorts
-- before the child's, so only the dependency puts the child's ADD first.
CREATE TABLE log (id bigint NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE TABLE log_audit (actor text NOT NULL) INHERITS (log);
