create extension if not exists btree_gist;
create table rooms (id serial primary key, name text not null unique, capacity int check (capacity > 0));
create table bookings (
    id serial primary key,
    room_id int not null references rooms(id) on delete cascade,
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    guest text,
    during tstzrange generated always as (tstzrange(starts_at, ends_at, '[)')) stored,
    check (ends_at > starts_at),
    constraint bookings_no_overlap exclude using gist (room_id with =, during with &&)
);
create index bookings_room_idx on bookings (room_id, starts_at);
