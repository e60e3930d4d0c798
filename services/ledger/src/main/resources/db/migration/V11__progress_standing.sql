-- The task-progress row of a term carries where its person stood, kept by the same processor from the same record:
-- the appointment state, the open case, whether the term is in a rectification period.
alter table progress_term add column appointment_state varchar(255);
alter table progress_term add column open_case_id varchar(255);
alter table progress_term add column in_rectification boolean not null default false;
create index progress_term_by_state on progress_term (institution_id, appointment_state, term_id);

-- rows kept before are evaluated again as of their day, so that they carry it too
insert into progress_pending (term_id, staff_id, at, position)
select term_id, staff_id, (as_of + time '12:00') at time zone 'Asia/Shanghai', position from progress_term
on conflict (term_id) do nothing;
