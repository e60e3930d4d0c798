-- The event store and Axon's bookkeeping (payloads as bytea, events numbered one by one).
create sequence domain_event_entry_seq start with 1 increment by 1;
create sequence association_value_entry_seq start with 1 increment by 50;

create table domain_event_entry (
    global_index         bigint       not null primary key,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    event_identifier     varchar(255) not null unique,
    meta_data            bytea,
    payload              bytea        not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    time_stamp           varchar(255) not null,
    unique (aggregate_identifier, sequence_number)
);

create table snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null unique,
    meta_data            bytea,
    payload              bytea        not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    time_stamp           varchar(255) not null,
    primary key (sequence_number, aggregate_identifier, type)
);

create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255) not null,
    owner          varchar(255),
    primary key (segment, processor_name)
);

create table saga_entry (
    saga_id         varchar(255) not null primary key,
    saga_type       varchar(255),
    revision        varchar(255),
    serialized_saga bytea
);

create table association_value_entry (
    id                bigint       not null primary key,
    association_key   varchar(255) not null,
    association_value varchar(255),
    saga_id           varchar(255) not null,
    saga_type         varchar(255)
);
create index association_value_by_key on association_value_entry (saga_type, association_key, association_value);
create index association_value_by_saga on association_value_entry (saga_id, saga_type);

create table dead_letter_entry (
    dead_letter_id       varchar(255)                not null primary key,
    processing_group     varchar(255)                not null,
    sequence_identifier  varchar(255)                not null,
    sequence_index       bigint                      not null,
    message_type         varchar(255)                not null,
    event_identifier     varchar(255)                not null,
    time_stamp           varchar(255)                not null,
    payload_type         varchar(255)                not null,
    payload_revision     varchar(255),
    payload              bytea                       not null,
    meta_data            bytea,
    type                 varchar(255),
    aggregate_identifier varchar(255),
    sequence_number      bigint,
    token_type           varchar(255),
    token                bytea,
    enqueued_at          timestamp(6) with time zone not null,
    last_touched         timestamp(6) with time zone,
    processing_started   timestamp(6) with time zone,
    cause_type           varchar(255),
    cause_message        varchar(1023),
    diagnostics          bytea,
    unique (processing_group, sequence_identifier, sequence_index)
);
create index dead_letter_by_group on dead_letter_entry (processing_group);
create index dead_letter_by_sequence on dead_letter_entry (processing_group, sequence_identifier);

-- Persistent deadlines (db-scheduler).
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority on scheduled_tasks (priority desc, execution_time asc);

-- Reference data: the consortium's institutions and departments.
create table institution (
    institution_id varchar(255) not null primary key,
    name           varchar(255),
    kind           varchar(255)
);

create table department (
    department_id  varchar(255) not null primary key,
    institution_id varchar(255) references institution (institution_id),
    name           varchar(255)
);

-- Read models, rebuilt from the event store on replay.
create table staff (
    staff_id       varchar(255) not null primary key,
    name           varchar(255),
    institution_id varchar(255),
    department_id  varchar(255),
    rank           varchar(255) check (rank in ('ASSOCIATE_SENIOR', 'FULL_SENIOR')),
    title_name     varchar(255),
    profession     varchar(255) check (profession in ('CLINICAL', 'MEDICAL_TECHNOLOGY', 'NURSING', 'PHARMACY',
                                                      'PUBLIC_HEALTH', 'STOMATOLOGY', 'TCM')),
    family         varchar(255) check (family in ('CLINICAL', 'MTNP', 'PUBLIC_HEALTH')),
    specialty_code varchar(255),
    surgical       boolean      not null,
    state          varchar(255),
    post_grade     integer,
    term_id        varchar(255),
    registered_at  timestamp(6) with time zone
);
create index staff_by_department on staff (institution_id, department_id);

create table term (
    term_id     varchar(255) not null primary key,
    staff_id    varchar(255),
    policy_id   varchar(255),
    start_month varchar(255),
    months      integer      not null,
    post_grade  integer,
    baselines   jsonb,
    started_at  timestamp(6) with time zone
);
create index term_by_staff on term (staff_id);

create table monthly_report (
    term_id           varchar(255) not null,
    month             varchar(255) not null,
    version           integer      not null,
    recorded_at       timestamp(6) with time zone,
    recorded_by       varchar(255),
    correction_reason varchar(255),
    report            jsonb,
    primary key (version, month, term_id)
);
create index monthly_report_by_term on monthly_report (term_id, month);

create table staff_history (
    event_id       varchar(255) not null primary key,
    staff_id       varchar(255),
    event_type     varchar(255),
    occurred_at    timestamp(6) with time zone,
    actor          varchar(255),
    correlation_id varchar(255),
    summary_zh     text,
    summary_en     text
);
create index staff_history_by_staff on staff_history (staff_id, occurred_at);
