-- One row per client as the event streams describe them; the reports aggregate over it.
CREATE TABLE client_flow (
    client_id               UUID        PRIMARY KEY,
    municipality_code       CHAR(3),
    age_band                VARCHAR(10),
    registered_at           TIMESTAMPTZ,
    case_owner_assigned_at  TIMESTAMPTZ,
    case_owner_unavailable_at TIMESTAMPTZ
);
