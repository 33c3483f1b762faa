-- The consent form's statements and where and when the client gave the consent (LIITE 2, issue 15); null on
-- consents recorded before they were asked.
ALTER TABLE consent
    ADD COLUMN client_informed          BOOLEAN,
    ADD COLUMN participation_voluntary  BOOLEAN,
    ADD COLUMN given_on                 DATE,
    ADD COLUMN given_at_place           VARCHAR(200);
