package fi.polku.coaching.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.coaching.domain.Fee;
import fi.polku.coaching.domain.FeeType;
import fi.polku.coaching.domain.Provider;
import fi.polku.coaching.repository.FeeRepository;
import fi.polku.coaching.rest.FeeReportView;

/** The fees a provider earned in a period (Finnish dates, both ends included), per type and per client. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FeeReportService {

    private final FeeRepository fees;
    private final EpisodeAccess access;

    public FeeReportService(FeeRepository fees, EpisodeAccess access) {
        this.fees = fees;
        this.access = access;
    }

    public FeeReportView report(Provider provider, LocalDate from, LocalDate to) {
        List<Fee> earned = fees.ofProviderBetween(provider.id, from.atStartOfDay(Today.FINLAND).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(Today.FINLAND).toOffsetDateTime());
        Map<FeeType, FeeReportView.TypeTotal> byType = new EnumMap<>(FeeType.class);
        for (FeeType type : FeeType.values()) {
            List<Fee> ofType = earned.stream().filter(f -> f.type == type).toList();
            byType.put(type, new FeeReportView.TypeTotal(ofType.size(), sum(ofType)));
        }
        Map<UUID, List<Fee>> byClient = new LinkedHashMap<>();
        earned.forEach(f -> byClient.computeIfAbsent(f.clientId, c -> new java.util.ArrayList<>()).add(f));
        List<FeeReportView.ClientFees> clients = byClient.entrySet().stream()
                .filter(e -> access.listedOrSupervised(e.getKey(), "read coaching fees for invoicing check"))
                .map(e -> new FeeReportView.ClientFees(e.getKey(), sum(e.getValue()), e.getValue().stream()
                        .map(f -> new FeeReportView.FeeLine(f.episodeId, f.type, f.amount, f.outcome, f.earnedAt))
                        .toList()))
                .toList();
        return new FeeReportView(provider.id, from, to, sum(earned), byType, clients);
    }

    private static BigDecimal sum(List<Fee> fees) {
        return fees.stream().map(f -> f.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
