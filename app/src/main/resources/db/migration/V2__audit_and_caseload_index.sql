-- NEN 7513 style: who did what to which record, when, from where, with what result. Field names, never values.
create table audit_log (
    seq          integer primary key autoincrement,
    at           text not null,
    actor        text not null,
    device       text not null,
    action       text not null,
    dossier_id   text,
    record_kind  text,
    record_id    text,
    detail       text not null default '',
    result       text not null
);
create index audit_by_dossier on audit_log (dossier_id, seq);

-- The caseload list and its search: one row per dossier, maintained in the same transaction as each change.
create table dossier_index (
    dossier_id      text primary key,
    household_name  text not null,
    address         text not null,
    member_count    integer not null,
    next_visit      text,             -- ISO date when the typed date is valid, for sorting
    open_points     integer not null, -- values flagged as invalid, plus what is missing
    archived        integer not null,
    search_text     text not null,    -- lower case, no diacritics: names, address, member names
    updated_at      text not null
);

-- Records that existed before this migration get their index rows through the app's reindex on open.
insert into vault_meta (key, value) values ('reindex_needed', 'true')
    on conflict (key) do update set value = 'true';
