-- A pull page walks a caseload in assignment order (issue 16): a newly assigned dossier's records come at the
-- assignment's change number, so the first page of an initial pull needs the caller's first assignments, not all of
-- them sorted. With this index PostgreSQL reads them in order and stops once the page is full.
create index caseload_by_user_seq on caseload (user_id, seq) include (dossier_id, active);
