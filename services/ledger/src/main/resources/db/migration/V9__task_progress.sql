-- The task-progress projection: where each term and each of its tasks stood after the last event that
-- touched it, evaluated by the policy the term is bound to. HR's lists and dashboards read it; a single
-- term's progress and every as-of answer still come from the record.
create table progress_term (
    term_id        varchar(255) not null primary key,
    staff_id       varchar(255) not null,
    institution_id varchar(255) not null,
    department_id  varchar(255) not null,
    rank           varchar(255) not null,
    family         varchar(255) not null,
    policy_id      varchar(255) not null,
    term_month     integer      not null,
    as_of          date         not null,
    met            integer      not null,
    on_track       integer      not null,
    behind         integer      not null,
    failed         integer      not null,
    pending        integer      not null,
    not_applicable integer      not null,
    behind_tasks   jsonb        not null,
    failed_tasks   jsonb        not null
);
create index progress_term_by_department on progress_term (institution_id, department_id, term_id);
create index progress_term_by_staff on progress_term (staff_id);
create index progress_term_behind on progress_term (behind, term_id);
create index progress_term_failed on progress_term (failed, term_id);

create table progress_task (
    term_id     varchar(255) not null,
    task        varchar(255) not null,
    target      numeric,
    expected    numeric,
    actual      numeric,
    status      varchar(255) not null,
    explanation jsonb        not null,
    primary key (term_id, task)
);
create index progress_task_by_status on progress_task (task, status, term_id);

-- The incident list now runs in the task-progress processor, ahead of it: the processor reads from the first
-- event; incidents already listed are written again under their own ids.
delete from dead_letter_entry where processing_group = 'incidents';
delete from token_entry where processor_name = 'incidents';
