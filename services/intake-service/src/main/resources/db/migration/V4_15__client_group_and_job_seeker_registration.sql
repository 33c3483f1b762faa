-- Who the client is (issue 15): the client group and job-seeker registration, recorded at registration and kept current by updates; null when not recorded
-- (clients registered before these were asked).
ALTER TABLE client
    ADD COLUMN client_group             VARCHAR(40),
    ADD COLUMN job_seeker_registration  VARCHAR(40);
