-- Holiday calendars in place (kept in the replacing transaction): their days as JSON, who put them and when.
create table holiday_calendar (
    calendar_id varchar(64) not null primary key,
    days        text,
    replaced_at timestamp(6) with time zone,
    replaced_by varchar(255)
);
