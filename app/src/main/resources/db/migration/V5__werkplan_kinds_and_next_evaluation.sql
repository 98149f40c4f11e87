-- Issue 11 adds the werkplan record kinds (ADR 0005). As in V4: older app versions skipped pulled records of kinds they
-- did not know and moved their cursor past them; forgetting the cursor makes the next pull bring everything again.
delete from vault_meta where key = 'sync_cursor';

-- The caseload shows each family's next evaluation (the plan's date, none once the dossier is closed).
alter table dossier_index add column next_evaluation text; -- ISO date when the typed date is valid, for sorting

-- Rows that existed before this migration get the new column through the app's reindex on open.
insert into vault_meta (key, value) values ('reindex_needed', 'true')
    on conflict (key) do update set value = 'true';
