-- The version before one record per fact kept a stream of its own for each case (aggregate type CaseFile);
-- the start looks them up to carry the steps of an open one into its person's record.
create index domain_event_entry_legacy_case on domain_event_entry (aggregate_identifier) where type = 'CaseFile';
