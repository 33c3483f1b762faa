-- The client's satisfaction with the whole service package (1-10) and their own words, asked at the closure of the
-- clientship and at the follow-up contact (issue 15). The score goes out in the events; the words stay here.
ALTER TABLE follow_up
    ADD COLUMN satisfaction SMALLINT CHECK (satisfaction BETWEEN 1 AND 10),
    ADD COLUMN feedback     VARCHAR(2000);

CREATE TABLE closure_feedback (
    id           UUID          PRIMARY KEY,
    client_id    UUID          NOT NULL REFERENCES known_client (client_id),
    closed_at    TIMESTAMPTZ   NOT NULL,
    satisfaction SMALLINT      CHECK (satisfaction BETWEEN 1 AND 10),
    feedback     VARCHAR(2000),
    recorded_by  VARCHAR(200)  NOT NULL
);
CREATE INDEX closure_feedback_client ON closure_feedback (client_id);
