-- Stakeholder feedback (LIITE 3/4): anonymous answers to a versioned questionnaire; who recorded them is not kept.
CREATE TABLE stakeholder_response (
    id                    uuid PRIMARY KEY,
    questionnaire_id      text        NOT NULL,
    questionnaire_version integer     NOT NULL,
    stakeholder_group     text        NOT NULL,
    participants          integer     NOT NULL CHECK (participants BETWEEN 1 AND 100),
    held_on               date        NOT NULL,
    answers               jsonb       NOT NULL,
    open_feedback         jsonb       NOT NULL,
    received_at           timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX stakeholder_response_by_questionnaire ON stakeholder_response (questionnaire_id, held_on);
