package fi.polku.coaching.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.polku.coaching.domain.Provider;

public record ProviderView(UUID id, String name, String organisationId, ContractView contract, long version) {

    public record ContractView(String elyCentre, LocalDate validFrom, LocalDate validUntil, BigDecimal startFee,
            BigDecimal guidanceFee, BigDecimal resultFee, List<String> guidanceOutcomes, List<String> resultOutcomes) {
    }

    public static ProviderView of(Provider provider) {
        return new ProviderView(provider.id, provider.name, provider.organisationId,
                new ContractView(provider.elyCentre, provider.contractFrom, provider.contractUntil, provider.startFee,
                        provider.guidanceFee, provider.resultFee, List.copyOf(provider.guidanceOutcomes),
                        List.copyOf(provider.resultOutcomes)),
                provider.version);
    }
}
