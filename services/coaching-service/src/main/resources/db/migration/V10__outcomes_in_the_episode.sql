-- Support does not end at an outcome (003 item 23, 25.1, LIITE 6): outcomes are events in the episode's life, and
-- ending the episode is its own act with a reason.
CREATE TABLE episode_outcome (
    id           UUID         PRIMARY KEY,
    episode_id   UUID         NOT NULL REFERENCES episode (id),
    outcome      VARCHAR(40)  NOT NULL,
    outcome_date DATE         NOT NULL,
    job_id       UUID         REFERENCES job (id),
    satisfaction INTEGER,
    recorded_by  VARCHAR(200) NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX episode_outcome_episode ON episode_outcome (episode_id, outcome_date);

INSERT INTO episode_outcome (id, episode_id, outcome, outcome_date, satisfaction, recorded_by, created_at)
SELECT gen_random_uuid(), e.id, e.outcome, CAST(COALESCE(e.ended_at, e.created_at) AS DATE), e.satisfaction,
       'V4 migration', COALESCE(e.ended_at, e.created_at)
FROM episode e WHERE e.outcome IS NOT NULL AND e.outcome <> 'DISCONTINUED_BY_CLIENT';

ALTER TABLE episode RENAME COLUMN outcome TO latest_outcome;
ALTER TABLE episode ADD COLUMN end_reason VARCHAR(40);
UPDATE episode SET end_reason = 'CLIENT_WISH', latest_outcome = NULL WHERE latest_outcome = 'DISCONTINUED_BY_CLIENT';

-- Each fee type is earned once per client and contract (the contract is known by its start date), whatever the
-- number of episodes or outcomes; the fee names its basis.
ALTER TABLE fee DROP CONSTRAINT fee_episode_id_fee_type_key;
ALTER TABLE fee ADD COLUMN contract_from DATE,
                ADD COLUMN outcome_id    UUID REFERENCES episode_outcome (id),
                ADD COLUMN outcome_date  DATE,
                ADD COLUMN job_id        UUID REFERENCES job (id);
-- Fees earned twice before this rule keep a null contract (the first of each stays the one that counts).
UPDATE fee f SET contract_from = p.contract_from FROM provider p
WHERE p.id = f.provider_id AND f.id = (SELECT g.id FROM fee g WHERE g.client_id = f.client_id
        AND g.provider_id = f.provider_id AND g.fee_type = f.fee_type ORDER BY g.earned_at, g.id LIMIT 1);
CREATE UNIQUE INDEX fee_once_per_client_and_contract ON fee (client_id, provider_id, contract_from, fee_type)
    WHERE contract_from IS NOT NULL;
