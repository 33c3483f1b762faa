package fi.polku.coaching.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.coaching.domain.Fee;
import fi.polku.coaching.domain.FeeTotals;
import fi.polku.coaching.domain.FeeType;
import fi.polku.coaching.domain.Provider;
import fi.polku.coaching.repository.FeeRepository;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.time.ServiceTime;

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

    /** The totals of the period: no client is named, so nothing is logged. */
    public FeeTotals report(Provider provider, LocalDate from, LocalDate to) {
        List<Fee> earned = earned(provider, from, to);
        Map<FeeType, FeeTotals.TypeTotal> byType = new EnumMap<>(FeeType.class);
        for (FeeType type : FeeType.values()) {
            List<Fee> ofType = earned.stream().filter(f -> f.type == type).toList();
            byType.put(type, new FeeTotals.TypeTotal(ofType.size(), sum(ofType)));
        }
        return new FeeTotals(provider.id, from, to, earned.size(), sum(earned), byType);
    }

    /**
     * A page of the period's fees one by one, in the order earned (then by id), of the clients the caller may see;
     * only the clients with a fee on the page are checked and logged as listed.
     */
    public Page<Fee> lines(Provider provider, LocalDate from, LocalDate to, PageRequest page) {
        Map<UUID, Boolean> listed = new HashMap<>();
        List<Fee> visible = earned(provider, from, to).stream()
                .filter(f -> page.after() == null || key(f).compareTo(page.after()) > 0)
                .sorted(Comparator.comparing(FeeReportService::key))
                .filter(f -> listed.computeIfAbsent(f.clientId,
                        client -> access.listedOrSupervised(client, "read coaching fees for invoicing check")))
                .limit(page.fetchSize())
                .toList();
        return Page.of(visible, page, FeeReportService::key);
    }

    private List<Fee> earned(Provider provider, LocalDate from, LocalDate to) {
        return fees.ofProviderBetween(provider.id, from.atStartOfDay(ServiceTime.FINLAND).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(ServiceTime.FINLAND).toOffsetDateTime());
    }

    private static String key(Fee fee) {
        return PageKey.of(fee.earnedAt, fee.id);
    }

    private static BigDecimal sum(List<Fee> fees) {
        return fees.stream().map(f -> f.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
