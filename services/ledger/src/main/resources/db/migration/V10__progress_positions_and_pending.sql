-- A projected term remembers the position of the event it was evaluated after, so that a row is never replaced by
-- an older evaluation (a replay's catch-up and the live processor may both write it).
alter table progress_term add column position bigint not null default -1;

-- The terms a replay has passed and not yet evaluated: during a replay every term is evaluated once, as of the last
-- event the replay passed for it (its own or an incident of its department), instead of after each event; a person
-- not yet in the people directory waits here too. A term whose evaluation failed keeps its failure, for the
-- administrator, and is not tried again until its next event.
create table progress_pending (
    term_id  varchar(255)             not null primary key,
    staff_id varchar(255)             not null,
    at       timestamp with time zone not null,
    position bigint                   not null,
    failure  text
);
create index progress_pending_by_staff on progress_pending (staff_id);
