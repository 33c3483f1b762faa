-- The reports' one definition of employment (domain.Employment) needs the job's kind (a work trial is no
-- employment) and wage, the reason a clientship was closed (employed in the open labour market counts), and every
-- outcome of an episode (an outcome no longer ends coaching). Rows projected before this migration lack them:
-- rebuild the projections (POST /api/v1/admin/projections/rebuild) after upgrading.
ALTER TABLE job ADD COLUMN kind VARCHAR(20),
                ADD COLUMN wage_at_least_collective_agreement BOOLEAN;
ALTER TABLE client_flow ADD COLUMN closed_reason VARCHAR(100);
ALTER TABLE coaching_episode ADD COLUMN end_reason VARCHAR(100);

-- Keyed by the outcome's id, or by the event id for events that carry none.
CREATE TABLE coaching_outcome (
    outcome_key  VARCHAR(100) PRIMARY KEY,
    client_id    UUID         NOT NULL,
    episode_id   VARCHAR(100) NOT NULL,
    provider_id  VARCHAR(100),
    outcome      VARCHAR(100) NOT NULL,
    outcome_date DATE         NOT NULL,
    job_id       VARCHAR(100)
);
