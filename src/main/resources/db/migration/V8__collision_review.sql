-- Rule C11: each month the collisions of the previous month are summarised, and every regional
-- manager records the causes and the measures taken; both are kept and listed.
create table collision_review (
    period       varchar(7)    primary key,
    figures      varchar(8000) not null,
    compiled_at  timestamp with time zone not null
);

create table collision_review_measure (
    period       varchar(7)    not null references collision_review (period),
    region       varchar(32)   not null,
    causes       varchar(4000) not null,
    measures     varchar(4000) not null,
    recorded_by  varchar(64)   not null,
    recorded_at  timestamp with time zone not null,
    primary key (period, region)
);
