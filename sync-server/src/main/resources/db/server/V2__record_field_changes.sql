-- Per record, which version last changed each field's value and by which client (and the same for the tombstone
-- flag and the record as a whole): {"fields": {name: [version, clientId]}, "deleted": [...], "last": [...]}.
-- A push decides "did someone else change this field after my base version" from this one row instead of reading
-- every version since the base (issue 10: a long history held the change lock for minutes).
alter table record add column changes jsonb not null default '{}';

-- Existing records: the same marks, worked out once from their full history. A missing field counts as null.
with named as (
    select distinct v.record_id, k.name
    from record_version v cross join lateral jsonb_object_keys(v.fields) as k(name)
), valued as (
    select n.record_id, n.name, v.version, v.client_id,
           coalesce(v.fields -> n.name, 'null'::jsonb) as value,
           lag(coalesce(v.fields -> n.name, 'null'::jsonb), 1, 'null'::jsonb)
               over (partition by n.record_id, n.name order by v.version) as previous
    from named n join record_version v on v.record_id = n.record_id
), field_marks as (
    select record_id, jsonb_object_agg(name, jsonb_build_array(version, client_id::text)) as marks
    from (select distinct on (record_id, name) record_id, name, version, client_id
          from valued where value <> previous order by record_id, name, version desc) last_changes
    group by record_id
), flagged as (
    select record_id, version, client_id, deleted,
           lag(deleted, 1, false) over (partition by record_id order by version) as previous
    from record_version
), deleted_marks as (
    select distinct on (record_id) record_id, jsonb_build_array(version, client_id::text) as mark
    from flagged where deleted <> previous order by record_id, version desc
), last_marks as (
    select distinct on (record_id) record_id, jsonb_build_array(version, client_id::text) as mark
    from record_version order by record_id, version desc
)
update record r
set changes = jsonb_strip_nulls(jsonb_build_object('fields', coalesce(f.marks, '{}'::jsonb), 'deleted', d.mark, 'last', l.mark))
from record base
    left join field_marks f on f.record_id = base.id
    left join deleted_marks d on d.record_id = base.id
    left join last_marks l on l.record_id = base.id
where r.id = base.id;
