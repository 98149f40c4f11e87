-- The sync server's whole state (ADR 0002): accounts, devices, tokens, caseloads, records with every version,
-- conflicts, quarantine, stored push answers and the audit log. Nothing lives outside this database.

-- One global change sequence; writers take an advisory lock before drawing from it so that seq order is commit
-- order and a pull cursor can never step over a change that commits later.
create sequence change_seq;

create table app_user (
    id             uuid primary key,
    username       text not null unique,
    password_hash  text not null,
    created_at     timestamptz not null
);

create table device (
    id            uuid primary key,
    user_id       uuid not null references app_user (id),
    name          text not null,
    created_at    timestamptz not null,
    last_seen_at  timestamptz not null,
    revoked_at    timestamptz
);
create index device_by_user on device (user_id);

-- Tokens are random 256-bit values; only their SHA-256 is stored.
create table access_token (
    token_hash  bytea primary key,
    device_id   uuid not null references device (id),
    expires_at  timestamptz not null
);
create index access_token_by_device on access_token (device_id);

create table refresh_token (
    token_hash  bytea primary key,
    device_id   uuid not null references device (id),
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index refresh_token_by_device on refresh_token (device_id);

create table dossier (
    id          uuid primary key,
    created_at  timestamptz not null
);

-- A caseload row is never deleted: unassigning sets active = false and a new seq, so a pull can report the removal.
create table caseload (
    user_id     uuid not null references app_user (id),
    dossier_id  uuid not null references dossier (id),
    active      boolean not null,
    seq         bigint not null,
    changed_at  timestamptz not null,
    primary key (user_id, dossier_id)
);
create index caseload_by_dossier on caseload (dossier_id);

create table record (
    id          uuid primary key,
    kind        text not null,
    dossier_id  uuid not null references dossier (id),
    version     bigint not null,
    deleted     boolean not null,
    fields      jsonb not null,
    seq         bigint not null,
    updated_at  timestamptz not null
);
create index record_by_dossier on record (dossier_id, seq);
create index record_by_seq on record (seq);

-- Every version of every record, so history keeps both sides of every conflict.
create table record_version (
    record_id    uuid not null references record (id),
    version      bigint not null,
    deleted      boolean not null,
    fields       jsonb not null,
    seq          bigint not null,
    author_id    uuid not null references app_user (id),
    device_id    uuid not null references device (id),
    client_id    uuid not null,
    client_seq   bigint not null,
    received_at  timestamptz not null,
    resolves     uuid[] not null default '{}',
    primary key (record_id, version)
);

-- Both values of a conflict, with who and when. field is null when the record as a whole conflicts (delete vs edit).
create table conflict (
    id               uuid primary key,
    record_id        uuid not null references record (id),
    dossier_id       uuid not null references dossier (id),
    kind             text not null,
    field            text,
    server_value     jsonb,
    server_deleted   boolean not null,
    server_version   bigint not null,
    server_author    uuid references app_user (id),
    server_device    uuid references device (id),
    server_at        timestamptz,
    client_value     jsonb,
    client_deleted   boolean not null,
    client_author    uuid not null references app_user (id),
    client_device    uuid not null references device (id),
    client_id        uuid not null,
    client_seq       bigint not null,
    client_at        timestamptz not null,
    status           text not null check (status in ('open', 'resolved')),
    resolved_by      uuid references app_user (id),
    resolved_device  uuid references device (id),
    resolved_at      timestamptz,
    resolved_version bigint,
    seq              bigint not null
);
create index conflict_by_dossier on conflict (dossier_id, seq);
create index conflict_by_record on conflict (record_id, status);

-- The answer to every push entry, so a repeat of (client_id, client_seq) gets the same answer and changes nothing.
create table push_answer (
    client_id    uuid not null,
    client_seq   bigint not null,
    user_id      uuid not null references app_user (id),
    answer       jsonb not null,
    received_at  timestamptz not null,
    primary key (client_id, client_seq)
);

-- Rejected entries, kept whole with the reason; never dropped. Ids are text: a malformed entry may carry bad ones.
create table quarantine (
    id           bigserial primary key,
    user_id      uuid not null references app_user (id),
    device_id    uuid not null references device (id),
    client_id    text,
    client_seq   bigint,
    record_id    text,
    dossier_id   text,
    reason       text not null,
    entry        jsonb not null,
    received_at  timestamptz not null
);
create index quarantine_by_user on quarantine (user_id, id);

-- Who did what to which records, from which device, with what result. Ids only, never field values.
create table audit_log (
    id          bigserial primary key,
    at          timestamptz not null,
    user_id     uuid,
    device_id   uuid,
    action      text not null,
    dossier_id  uuid,
    record_ids  uuid[] not null default '{}',
    result      text not null,
    detail      text not null default ''
);
create index audit_by_dossier on audit_log (dossier_id, id);
create index audit_by_user on audit_log (user_id, action, at);
