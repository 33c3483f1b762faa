-- Where each client is on the service map (issue 15): the history of places, each from another service's event,
-- this service's closure or reopening, or the case owner's entry, and the client's current place on their row so
-- that work lists and the gap watch read it without the history. A place's source and reference (the assessment,
-- episode, job, client or entry it came from) identify it, so an event handled twice records one place.
CREATE TABLE client_place (
    id          UUID         PRIMARY KEY,
    client_id   UUID         NOT NULL REFERENCES known_client (client_id),
    place       VARCHAR(40)  NOT NULL,
    since       DATE         NOT NULL,
    source      VARCHAR(40)  NOT NULL,
    source_ref  VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL,
    recorded_by VARCHAR(200),
    UNIQUE (source, source_ref)
);
CREATE INDEX client_place_client ON client_place (client_id, recorded_at, id);

ALTER TABLE known_client
    ADD COLUMN place            VARCHAR(40),
    ADD COLUMN place_since      DATE,
    ADD COLUMN place_source_ref VARCHAR(100);

-- The clients known before places were recorded start where their stage puts them, since the stage changed.
UPDATE known_client SET
    place = CASE
        WHEN stage = 'ASSESSMENT_SCHEDULED' THEN 'WORK_ABILITY_ASSESSMENT'
        WHEN stage = 'IN_COACHING' THEN 'SUPPORTED_EMPLOYMENT_COACHING'
        WHEN clientship = 'CLOSED' THEN CASE closure_reason
            WHEN 'EMPLOYED_OPEN_LABOUR_MARKET' THEN 'OPEN_LABOUR_MARKET'
            WHEN 'PAY_SUBSIDISED_WORK' THEN 'PAY_SUBSIDISED_WORK'
            WHEN 'STUDIES' THEN 'TRAINING'
            WHEN 'REHABILITATION' THEN 'REHABILITATION'
            WHEN 'PENSION' THEN 'PENSION'
            WHEN 'SICK_LEAVE' THEN 'SICK_LEAVE'
            ELSE 'LEFT_SERVICES' END
        ELSE 'SERVICE_GUIDANCE' END,
    place_since = (COALESCE(stage_changed_at, registered_at) AT TIME ZONE 'Europe/Helsinki')::date,
    place_source_ref = 'stage:' || client_id;

INSERT INTO client_place (id, client_id, place, since, source, source_ref, recorded_at)
SELECT gen_random_uuid(), client_id, place, place_since, 'STAGE_BEFORE_PLACES', place_source_ref, now()
FROM known_client;

ALTER TABLE known_client
    ALTER COLUMN place SET NOT NULL,
    ALTER COLUMN place_since SET NOT NULL,
    ALTER COLUMN place_source_ref SET NOT NULL;
