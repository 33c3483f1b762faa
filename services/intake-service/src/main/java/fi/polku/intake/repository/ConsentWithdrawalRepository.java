package fi.polku.intake.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.intake.domain.ConsentWithdrawal;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ConsentWithdrawalRepository implements PanacheRepositoryBase<ConsentWithdrawal, UUID> {

    public Map<UUID, ConsentWithdrawal> forConsents(Collection<UUID> consentIds) {
        if (consentIds.isEmpty()) {
            return Map.of();
        }
        List<ConsentWithdrawal> withdrawals = list("consentId in ?1", consentIds);
        return withdrawals.stream().collect(Collectors.toMap(w -> w.consentId, Function.identity()));
    }
}
