-- Login throttling by source address and by attempted name (issue 10, item 6). subject is a SHA-256 of the name
-- that was tried, so attempts on unknown names are counted exactly like attempts on real ones without storing what
-- was typed (people type passwords into the name field). source is the client's address as the server saw it.
alter table audit_log add column source text;
alter table audit_log add column subject text;
create index audit_by_subject on audit_log (subject, at) where action = 'login';
create index audit_by_source on audit_log (source, at) where action = 'login';
