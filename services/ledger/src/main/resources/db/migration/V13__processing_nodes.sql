-- The replicas running each tracking processor, each seen every few seconds: how many share its segments.
create table processing_node (
    node_id        varchar(255)             not null,
    processor_name varchar(255)             not null,
    seen_at        timestamp with time zone not null,
    primary key (processor_name, node_id)
);
