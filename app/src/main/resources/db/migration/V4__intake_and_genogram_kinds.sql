-- Issues 4 and 5 add record kinds (intake, genogram). Older app versions skipped pulled records of kinds they did
-- not know and moved their cursor past them (ADR 0002, deviation); forgetting the cursor makes the next pull bring
-- everything again, which is idempotent (versions only move forward).
delete from vault_meta where key = 'sync_cursor';
