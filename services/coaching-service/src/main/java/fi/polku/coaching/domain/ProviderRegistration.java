package fi.polku.coaching.domain;

public record ProviderRegistration(String name, String organisationId, ContractTerms contract) {
}
