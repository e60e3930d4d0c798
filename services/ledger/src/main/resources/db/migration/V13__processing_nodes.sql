-- The replicas sharing the token store, each seen every few seconds: how many share a processor's segments.
create table processing_node (
    node_id varchar(255)             primary key,
    seen_at timestamp with time zone not null
);
