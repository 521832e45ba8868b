create type "Role" as enum ('USER', 'ADMIN');
create table "User" (
    "id" text not null,
    "email" text not null,
    "firstName" text,
    "lastName" text,
    "role" "Role" not null default 'USER',
    "createdAt" timestamp(3) not null default current_timestamp,
    "updatedAt" timestamp(3) not null,
    constraint "User_pkey" primary key ("id")
);
create unique index "User_email_key" on "User"("email");
create table "Post" (
    "id" serial not null,
    "authorId" text not null,
    "title" varchar(255) not null,
    "published" boolean not null default false,
    "publishedAt" timestamp(3),
    constraint "Post_pkey" primary key ("id")
);
create index "Post_authorId_published_idx" on "Post"("authorId", "published");
alter table "Post" add constraint "Post_authorId_fkey" foreign key ("authorId") references "User"("id") on delete cascade on update cascade;
