-- The client's satisfaction with the whole service package (1-10, issue 15), as case-owner asks it at the closure of
-- the clientship (ClientshipClosed) and at the follow-up contact (FollowUpCompleted); one row per answer.
CREATE TABLE package_satisfaction (
    answer_id   VARCHAR(100) PRIMARY KEY,
    client_id   UUID         NOT NULL,
    occasion    VARCHAR(20)  NOT NULL,
    score       SMALLINT     NOT NULL,
    answered_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX package_satisfaction_client ON package_satisfaction (client_id);
