-- ADR 0002, amended: after a pull the record and its base copy hold the same body, and writing it twice cost a third
-- of a pulled page's bytes. A base whose body is null now means "the record's own body, as it stands": the trigger
-- below copies the record's body and deleted flag into such a base just before any write changes them, so the base
-- can never move with a local edit. The pull writes a null body only for a record it leaves exactly as the server
-- sent it. SQLite cannot drop a not-null constraint in place: the table is made again, without a rowid (its rows are
-- small now; one b-tree instead of a table and its key's index).
create table record_base_new (
    record_id  text primary key,
    version    integer not null,
    body       text,                         -- JSON object: the server's fields at that version; null: the record's body
    deleted    integer not null default 0
) without rowid;
insert into record_base_new (record_id, version, body, deleted) select record_id, version, body, deleted from record_base;
drop table record_base;
alter table record_base_new rename to record_base;

create trigger record_base_copy_on_write before update of body, deleted on record
    for each row when old.body is not new.body or old.deleted is not new.deleted
begin
    update record_base set body = old.body, deleted = old.deleted where record_id = old.id and body is null;
end;
