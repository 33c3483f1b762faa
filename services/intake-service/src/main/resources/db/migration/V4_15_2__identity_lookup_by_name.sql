-- Lookups by name and birth date (issue 15) share the log and the rate limit of lookups by identity code: what a
-- lookup was made by, and how many clients it matched (client_id names the client when it matched one). The names
-- and the birth date looked up are not kept, as the identity code is not.
ALTER TABLE identity_lookup
    ADD COLUMN looked_up_by VARCHAR(30) NOT NULL DEFAULT 'IDENTITY_CODE',
    ADD COLUMN matches      INTEGER;
UPDATE identity_lookup SET matches = CASE outcome WHEN 'FOUND' THEN 1 WHEN 'NOT_FOUND' THEN 0 END;
