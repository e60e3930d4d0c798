-- The first answer to each Idempotency-Key, per caller, so that a repeated write returns it again.
create table idempotency_record (
    actor        varchar(255)             not null,
    idem_key     varchar(255)             not null,
    method       varchar(16)              not null,
    path         varchar(1000)            not null,
    request_hash varchar(64)              not null,
    status       integer                  not null,
    content_type varchar(255),
    etag         varchar(255),
    location     varchar(1000),
    body         bytea                    not null,
    created_at   timestamp with time zone not null,
    primary key (actor, idem_key)
);
