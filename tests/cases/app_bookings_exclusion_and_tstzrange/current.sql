create table rooms (id serial primary key, name text not null unique, capacity int);
create table bookings (
    id serial primary key,
    room_id int not null references rooms(id),
    starts_at timestamp not null,
    ends_at timestamp not null,
    guest text,
    check (ends_at > starts_at)
);
create index bookings_room_idx on bookings (room_id, starts_at);
