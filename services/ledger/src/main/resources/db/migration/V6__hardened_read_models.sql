-- Text a person typed is kept as text: its length is the domain's rule (checked before it becomes an
-- event), never a column's.
alter table staff alter column name type text, alter column title_name type text;
alter table incident alter column description type text, alter column recorded_by type text;
alter table monthly_report alter column correction_reason type text, alter column recorded_by type text;
alter table staff_history alter column actor type text;
alter table policy_version alter column published_by type text;
alter table holiday_calendar alter column replaced_by type text;

-- Rectifications are scoped by department like every other list; a notice shows its first day. Both read
-- models are rebuilt from the event store: their rows and positions go, the processors replay.
alter table rectification add column department_id varchar(255);
create index rectification_by_department on rectification (institution_id, department_id);
alter table case_file add column notice_starts_on date;
delete from rectification;
delete from post_grade_period;
delete from overdue_report;
delete from token_entry where processor_name = 'appointments';
delete from case_file;
delete from token_entry where processor_name = 'cases';

-- What a saga could not handle: parked with its cause, listed and retried by an administrator.
create table parked_event (
    processing_group varchar(255)             not null,
    event_identifier varchar(255)             not null,
    global_index     bigint                   not null,
    payload_type     varchar(255)             not null,
    sequence_id      varchar(255),
    cause_type       varchar(255),
    cause_message    text,
    parked_at        timestamp with time zone not null,
    attempts         integer                  not null,
    primary key (processing_group, event_identifier)
);

-- A read model's handler that failed at the database: noted apart (its transaction is lost), so that the
-- next attempt parks the event in the dead-letter queue instead of failing again.
create table event_failure (
    processing_group varchar(255)             not null,
    event_identifier varchar(255)             not null,
    cause            text,
    failed_at        timestamp with time zone not null,
    primary key (processing_group, event_identifier)
);
