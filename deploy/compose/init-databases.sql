-- Creates one database per service, each owned by its own login role, for docker-compose.yml.
-- Runs once, when the postgres-data volume is empty. The passwords are for the local stack only.
CREATE ROLE intake     LOGIN PASSWORD 'intake';
CREATE ROLE case_owner LOGIN PASSWORD 'case_owner';
CREATE ROLE assessment LOGIN PASSWORD 'assessment';
CREATE ROLE coaching   LOGIN PASSWORD 'coaching';
CREATE ROLE reporting  LOGIN PASSWORD 'reporting';
CREATE ROLE partner    LOGIN PASSWORD 'partner';

CREATE DATABASE intake     OWNER intake;
CREATE DATABASE case_owner OWNER case_owner;
CREATE DATABASE assessment OWNER assessment;
CREATE DATABASE coaching   OWNER coaching;
CREATE DATABASE reporting  OWNER reporting;
CREATE DATABASE partner    OWNER partner;

-- A service reaches only its own database (owners keep CONNECT).
REVOKE CONNECT ON DATABASE intake, case_owner, assessment, coaching, reporting, partner FROM PUBLIC;
