-- Composite pk and index redefine.
CREATE TABLE memberships (
    user_id integer NOT NULL,
    group_id integer NOT NULL,
    role text NOT NULL DEFAULT 'member',
    joined_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX memberships_group_idx ON memberships (group_id, joined_at DESC);
CREATE INDEX memberships_role_idx2 ON memberships (role);
CREATE UNIQUE INDEX memberships_owner_uq ON memberships (group_id) WHERE role IN ('owner', 'primary_owner');
