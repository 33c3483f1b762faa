-- The incremental export (export.*): one fact per exported event, in the order the reporting service received
-- them. `sequence` is the export's cursor; facts are only ever appended (a projection rebuild leaves them alone),
-- so a cursor stays valid for ever. `fields` holds only the allowlisted fields of the fact type (no free text).
CREATE TABLE export_fact (
    sequence    BIGSERIAL    PRIMARY KEY,
    event_id    VARCHAR(100) NOT NULL UNIQUE,
    type        VARCHAR(100) NOT NULL,
    client_id   UUID,
    occurred_at TIMESTAMPTZ,
    recorded_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    fields      JSONB        NOT NULL
);
CREATE INDEX export_fact_type ON export_fact (type, sequence);
CREATE INDEX export_fact_recorded ON export_fact (recorded_at);

-- An asynchronous export (after FHIR Bulk Data $export): the facts after from_sequence up to until_sequence (the
-- last fact when it was requested), of the types asked for, written into export_file part by part.
-- written_sequence is how far the worker got, so a restarted service goes on where it stopped.
CREATE TABLE export_job (
    id               UUID         PRIMARY KEY,
    requested_by     VARCHAR(200) NOT NULL,
    types            VARCHAR(2000) NOT NULL,
    since            TIMESTAMPTZ,
    from_sequence    BIGINT       NOT NULL,
    until_sequence   BIGINT       NOT NULL,
    written_sequence BIGINT       NOT NULL,
    facts_total      BIGINT       NOT NULL,
    facts_written    BIGINT       NOT NULL DEFAULT 0,
    status           VARCHAR(20)  NOT NULL,
    requested_at     TIMESTAMPTZ  NOT NULL,
    completed_at     TIMESTAMPTZ,
    expires_at       TIMESTAMPTZ
);
CREATE INDEX export_job_pending ON export_job (requested_at) WHERE status = 'IN_PROGRESS';

CREATE TABLE export_file (
    job_id  UUID    NOT NULL REFERENCES export_job (id) ON DELETE CASCADE,
    part    INTEGER NOT NULL,
    facts   INTEGER NOT NULL,
    content TEXT    NOT NULL,
    PRIMARY KEY (job_id, part)
);
