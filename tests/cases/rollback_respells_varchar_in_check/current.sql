CREATE TABLE channels (
    id integer PRIMARY KEY,
    channel varchar(16) NOT NULL,
    CONSTRAINT channels_channel_check CHECK (channel IN ('email', 'slack'))
);
