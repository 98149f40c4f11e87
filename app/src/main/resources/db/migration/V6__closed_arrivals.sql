-- ADR 0005: a change that sync brings into a dossier this laptop holds as closed is applied (the server accepted it;
-- dropping it would lose a colleague's work) and noted here, so the plan screen can show it until the dossier is
-- reopened. Ids only.
create table closed_arrival (
    record_id   text not null,
    dossier_id  text not null,
    kind        text not null,
    arrived_at  text not null,
    primary key (record_id, dossier_id)
);
