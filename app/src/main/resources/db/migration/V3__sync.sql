-- Sync (ADR 0002). The last server copy of every record the server has sent or confirmed: the base of the
-- three-way merge. A record without a row here has never been on the server.
create table record_base (
    record_id  text primary key,
    version    integer not null,
    body       text not null,                -- JSON object: the server's fields at that version
    deleted    integer not null default 0
);

-- The values of the changed fields in the base copy, captured when the edit was made (null: no base yet), and
-- the conflicts a resolving change closes (JSON array of ids; null: none).
alter table outbox add column base_fields text;
alter table outbox add column resolves text;

-- Conflicts as the server reported them: both sides with author, device and time. 'resolving' = resolved here,
-- the resolving change not yet confirmed by the server.
create table sync_conflict (
    id              text primary key,
    record_id       text not null,
    dossier_id      text not null,
    kind            text not null,
    field           text,                   -- null: the record as a whole (a delete racing an edit)
    status          text not null,          -- open, resolving, resolved
    server_value    text,                   -- JSON
    server_deleted  integer not null,
    server_version  integer,
    server_author   text,
    server_device   text,
    server_at       text,
    client_value    text,                   -- JSON
    client_deleted  integer not null,
    client_author   text,
    client_device   text,
    client_at       text,
    received_at     text not null
);
create index sync_conflict_by_dossier on sync_conflict (dossier_id, status);

-- Outbox entries the server refused (it keeps them in its quarantine too): the whole entry, why, when. Never dropped.
create table sync_rejected (
    client_seq   integer primary key,
    record_id    text not null,
    kind         text not null,
    dossier_id   text not null,
    op           text not null,
    fields       text not null,
    base_version integer not null,
    base_fields  text,
    resolves     text,
    created_at   text not null,
    reason       text not null,
    rejected_at  text not null
);
create index sync_rejected_by_record on sync_rejected (record_id);

-- Dossiers that left the caseload while they still had pending changes: removed locally once those are answered.
create table sync_removal (
    dossier_id   text primary key,
    reported_at  text not null
);
