-- Every change and every refusal made over HTTP: who, what, and why it was refused. Only ever appended.
create table audit_entry (
    id             bigserial                primary key,
    at             timestamp with time zone not null,
    actor          varchar(255)             not null,
    roles          varchar(255)             not null,
    institution    varchar(100),
    department     varchar(100),
    method         varchar(16)              not null,
    path           varchar(1000)            not null,
    status         integer                  not null,
    outcome        varchar(16)              not null,
    code           varchar(64),
    reason         varchar(500),
    correlation_id varchar(100)
);
create index audit_entry_actor on audit_entry (actor, id);
create index audit_entry_outcome on audit_entry (outcome, id);
