create table "User" (
    "id" text not null,
    "email" text not null,
    "name" text,
    "createdAt" timestamp(3) not null default current_timestamp,
    "updatedAt" timestamp(3) not null,
    constraint "User_pkey" primary key ("id")
);
create unique index "User_email_key" on "User"("email");
create table "Post" (
    "id" serial not null,
    "authorId" text not null,
    "title" varchar(191) not null,
    "published" boolean not null default false,
    constraint "Post_pkey" primary key ("id")
);
alter table "Post" add constraint "Post_authorId_fkey" foreign key ("authorId") references "User"("id") on delete restrict on update cascade;
