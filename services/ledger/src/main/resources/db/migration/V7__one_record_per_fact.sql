-- Stored types are named by stable names now: the sagas stored under their Java class names are renamed,
-- and the case process (which mirrored every case fact into a second record) is gone with its instances.
update saga_entry set saga_type = 'TermProcess' where saga_type = 'cn.nengshang.ledger.staff.process.TermProcess';
update saga_entry set saga_type = 'RectificationProcess'
    where saga_type = 'cn.nengshang.ledger.staff.process.RectificationProcess';
update saga_entry set saga_type = 'NoticeProcess' where saga_type = 'cn.nengshang.ledger.casework.process.NoticeProcess';
update association_value_entry set saga_type = 'TermProcess'
    where saga_type = 'cn.nengshang.ledger.staff.process.TermProcess';
update association_value_entry set saga_type = 'RectificationProcess'
    where saga_type = 'cn.nengshang.ledger.staff.process.RectificationProcess';
update association_value_entry set saga_type = 'NoticeProcess'
    where saga_type = 'cn.nengshang.ledger.casework.process.NoticeProcess';
delete from association_value_entry where saga_type = 'cn.nengshang.ledger.casework.process.CaseProcess';
delete from saga_entry where saga_type = 'cn.nengshang.ledger.casework.process.CaseProcess';
delete from token_entry where processor_name = 'CaseProcessProcessor';

-- The post-grade timeline says which stretches a down-grade began; rectifications are scoped through the
-- people directory.
alter table post_grade_period add column downgrade boolean not null default false;
drop index if exists rectification_by_department;
alter table rectification drop column institution_id, drop column department_id;

-- Read models whose events changed (mirrors no longer read) or whose processors were regrouped are rebuilt
-- from the event store: their rows, positions and parked letters go, and the processors replay.
delete from case_file;
delete from staff_history;
delete from post_grade_period;
delete from rectification;
delete from overdue_report;
delete from token_entry where processor_name in ('cases', 'history', 'appointments');
delete from dead_letter_entry where processing_group in ('cases', 'history', 'appointments');
delete from event_failure where processing_group in ('cases', 'history', 'appointments');
