-- Every kind of record, as a JSON object of fields (ADR 0001). Tombstones, never hard deletes.
create table record (
    id          text primary key,            -- UUIDv7 made on the client
    kind        text not null,               -- family, member, contact, ...
    dossier_id  text not null,               -- the family's id; a family's own id
    body        text not null,               -- JSON object: field name -> value as typed
    version     integer not null default 0,  -- last version the server gave it; 0 = never synced
    local_rev   integer not null default 1,  -- bumped on every local change
    deleted     integer not null default 0,
    created_at  text not null,
    updated_at  text not null
);
create index record_by_dossier on record (dossier_id, kind);

-- One row per local change, written in the same transaction as the change; the sync pushes these in order.
create table outbox (
    seq           integer primary key autoincrement,
    record_id     text not null,
    kind          text not null,
    dossier_id    text not null,
    op            text not null check (op in ('create', 'update', 'delete', 'restore')),
    fields        text not null,             -- JSON object of the changed fields and their new values
    base_version  integer not null,
    created_at    text not null
);

create table vault_meta (
    key    text primary key,
    value  text not null
);
