#!/usr/bin/env python3
"""gen.py N DIR: a synthetic schema of N tables, as DIR/v1.sql and DIR/v2.sql.

Each table has 11 columns of mixed types (identity key, enum with a
default, varchar, text, numeric with a CHECK, jsonb, text[], timestamps),
a unique constraint, a foreign key to the previous table, a partial, an
expression and a GIN index, and a trigger; there is a view per 10 tables
and 5 enums.  v2 changes about 2% of the objects the way real releases do:
new columns and indexes, a changed default and check, a dropped index, a
replaced view, a dropped table, and one new enum value (which must plan as
a single ALTER TYPE ... ADD VALUE, not a type rebuild).
Deterministic: the same N always gives the same files."""
import os
import sys

ENUMS = 5
LABELS = ["new", "active", "suspended", "closed"]


def table(i, v2, changed):
    s = f"s{i % 10}"
    cols = [
        "id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
        "tenant_id integer NOT NULL",
        "name character varying(100) NOT NULL",
        "email text",
        f"status public.status_{i % ENUMS} NOT NULL DEFAULT 'new'",
        "amount numeric(12,2) NOT NULL DEFAULT 0" if not (v2 and changed) else
        "amount numeric(12,2) NOT NULL DEFAULT 1",
        "payload jsonb",
        "tags text[]",
        "created_at timestamp with time zone NOT NULL DEFAULT now()",
        "updated_at timestamp with time zone",
        f"parent_id bigint REFERENCES s{(i - 1) % 10}.t{i - 1} (id)" if i > 0 else "parent_id bigint",
    ]
    if v2 and changed:
        cols.append("note text")
    check = "amount >= 0" if not (v2 and changed) else "amount >= 0 AND amount < 1000000"
    out = [f"CREATE TABLE {s}.t{i} (\n    " + ",\n    ".join(cols) +
           f",\n    CONSTRAINT t{i}_tenant_name UNIQUE (tenant_id, name),\n"
           f"    CONSTRAINT t{i}_amount_check CHECK ({check})\n);"]
    out.append(f"CREATE INDEX t{i}_created_idx ON {s}.t{i} (created_at) WHERE status <> 'closed';")
    if not (v2 and changed):
        out.append(f"CREATE INDEX t{i}_email_idx ON {s}.t{i} (lower(email));")
    out.append(f"CREATE INDEX t{i}_payload_idx ON {s}.t{i} USING gin (payload);")
    if v2 and changed:
        out.append(f"CREATE INDEX t{i}_tenant_created_idx ON {s}.t{i} (tenant_id, created_at DESC);")
    out.append(f"CREATE TRIGGER t{i}_touch BEFORE UPDATE ON {s}.t{i} "
               f"FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();")
    return out


def view(j, v2, changed):
    a, b = j * 10, j * 10 + 1
    extra = ", b.amount AS parent_amount" if v2 and changed else ""
    return [f"CREATE VIEW s{a % 10}.v{j} AS\n  SELECT a.id, a.name, a.status, b.name AS parent_name{extra}\n"
            f"  FROM s{a % 10}.t{a} a JOIN s{b % 10}.t{b} b ON b.parent_id = a.id\n"
            f"  WHERE a.status <> 'closed';"]


def schema(n, v2):
    out = [f"CREATE SCHEMA s{k};" for k in range(10)]
    for e in range(ENUMS):
        labels = LABELS if not (v2 and e == 0) else LABELS[:2] + ["paused"] + LABELS[2:]
        out.append(f"CREATE TYPE public.status_{e} AS ENUM (" + ", ".join(f"'{x}'" for x in labels) + ");")
    out.append("CREATE FUNCTION public.touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\n"
               "BEGIN NEW.updated_at := now(); RETURN NEW; END $$;")
    # about 2% of the tables change; one near the end is dropped in v2
    every = 50
    dropped = n - 1 if n > 2 else None
    for i in range(n):
        if v2 and i == dropped:
            continue
        out.extend(table(i, v2, i % every == 7))
    for j in range(n // 10):
        if v2 and dropped is not None and j * 10 + 1 >= dropped:
            continue
        out.extend(view(j, v2, j % every == 3))
    return "\n".join(out) + "\n"


def main():
    n, d = int(sys.argv[1]), sys.argv[2]
    os.makedirs(d, exist_ok=True)
    for name, v2 in (("v1.sql", False), ("v2.sql", True)):
        with open(os.path.join(d, name), "w") as f:
            f.write(schema(n, v2))


if __name__ == "__main__":
    main()
