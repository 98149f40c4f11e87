-- ADR 0002, amended again: a record the pull brings new, exactly as the server sent it, gets no base row at all. Its
-- base is implicit: the server's version is the record's own version (the pull and an applied push set the two
-- together, and nothing else sets either), its body and deleted flag are the record's own. A thousand base rows a
-- pulled page no longer writes were a fifth of the page's encrypted bytes at commit (issue 16).
-- The copy-on-write trigger of V7 now also makes the base row, from the record as it was, before the first write that
-- changes the body or the deleted flag of a record that has been on the server (version > 0) and has none yet. So
-- every code path that edits such a record keeps what the edit was based on, as before.
drop trigger record_base_copy_on_write;

create trigger record_base_copy_on_write before update of body, deleted on record
    for each row when old.body is not new.body or old.deleted is not new.deleted
begin
    update record_base set body = old.body, deleted = old.deleted where record_id = old.id and body is null;
    insert or ignore into record_base (record_id, version, body, deleted)
        select old.id, old.version, old.body, old.deleted where old.version > 0;
end;
