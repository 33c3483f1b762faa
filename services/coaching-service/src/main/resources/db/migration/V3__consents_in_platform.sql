-- Consents are now learned by the platform's access projection (consent_coverage), shared by every service.
DROP TABLE consent_party;
