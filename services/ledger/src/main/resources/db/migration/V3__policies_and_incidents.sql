-- Published policy versions (kept in the publishing transaction) and incidents by department.
create table policy_version (
    policy_id      varchar(255) not null primary key,
    effective_from date,
    document       text,
    published_at   timestamp(6) with time zone,
    published_by   varchar(255)
);

create table incident (
    incident_id    varchar(255) not null primary key,
    staff_id       varchar(255),
    institution_id varchar(255),
    department_id  varchar(255),
    type           varchar(255) check (type in ('DIRECTIVE_REFUSAL', 'CORE_SYSTEM_VIOLATION', 'MEDICAL_ACCIDENT',
                                                'MAJOR_MEDICAL_ERROR', 'MEDICAL_DISPUTE', 'ETHICS_VIOLATION', 'FRAUD',
                                                'LEADERSHIP_DETERMINATION')),
    occurred_on    date,
    grade          integer,
    responsibility varchar(255) check (responsibility in ('PRIMARY', 'SECONDARY', 'MINOR')),
    impact_until   date,
    description    varchar(255),
    recorded_at    timestamp(6) with time zone,
    recorded_by    varchar(255)
);
create index incident_by_department on incident (institution_id, department_id, recorded_at);
create index incident_by_staff on incident (staff_id);
