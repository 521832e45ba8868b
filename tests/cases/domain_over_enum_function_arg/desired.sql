-- A domain over an enum, used as a function argument and return type and by a new column.
CREATE SCHEMA support;

CREATE TYPE support.severity AS ENUM ('low', 'medium', 'high', 'critical');

CREATE DOMAIN support.urgent_severity AS support.severity
    CONSTRAINT urgent_only CHECK (VALUE IN ('high', 'critical'));

CREATE TABLE support.tickets (
    id integer PRIMARY KEY,
    severity support.severity NOT NULL,
    escalated_as support.urgent_severity
);

CREATE FUNCTION support.escalate(s support.urgent_severity) RETURNS support.urgent_severity
    LANGUAGE sql
    IMMUTABLE
    AS $$ SELECT 'critical'::support.urgent_severity $$;

CREATE FUNCTION support.page_on_call(s support.urgent_severity, note text) RETURNS text
    LANGUAGE sql
    AS $$ SELECT 'paging for ' || s::text || ': ' || note $$;
