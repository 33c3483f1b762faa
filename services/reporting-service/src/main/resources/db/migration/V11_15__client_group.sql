-- Who the client is (intake, issue 15): the client group and the job-seeker registration, as ClientRegistered and
-- ClientDetailsChanged carry them; null when intake did not record them.
ALTER TABLE client_flow
    ADD COLUMN client_group            VARCHAR(40),
    ADD COLUMN job_seeker_registration VARCHAR(40);
