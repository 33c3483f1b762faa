-- A provider moves an episode to another coach with a reason; the history makes item 3 (the same coach through all
-- phases) measurable.
CREATE TABLE coach_change (
    id            UUID          PRIMARY KEY,
    episode_id    UUID          NOT NULL REFERENCES episode (id),
    from_coach_id UUID          REFERENCES coach (id),
    to_coach_id   UUID          NOT NULL REFERENCES coach (id),
    reason        VARCHAR(1000) NOT NULL,
    changed_by    VARCHAR(200)  NOT NULL,
    changed_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX coach_change_episode ON coach_change (episode_id, changed_at);

-- A record names who entered it: a coach records employer contacts as themselves, or a provider lead on a coach's
-- behalf (both kept).
ALTER TABLE coach ADD COLUMN provider_lead BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE employer_contact ADD COLUMN recorded_by VARCHAR(200);
