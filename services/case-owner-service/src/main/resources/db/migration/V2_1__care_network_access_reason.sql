-- Why a member with a user id was given access to the client's data (security issue: separation of duties).
ALTER TABLE care_network_member ADD COLUMN access_reason VARCHAR(500);
