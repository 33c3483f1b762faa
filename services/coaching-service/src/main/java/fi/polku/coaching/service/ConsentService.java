package fi.polku.coaching.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.coaching.domain.ConsentParty;
import fi.polku.coaching.messaging.ConsentGranted;
import fi.polku.coaching.messaging.ConsentWithdrawn;
import fi.polku.coaching.repository.ConsentPartyRepository;

/** The clients' consents as intake announces them, and whether one covers an organisation on a day. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConsentService {

    private final ConsentPartyRepository parties;

    public ConsentService(ConsentPartyRepository parties) {
        this.parties = parties;
    }

    public void granted(ConsentGranted consent) {
        for (ConsentGranted.Party party : consent.parties() == null ? List.<ConsentGranted.Party>of() : consent.parties()) {
            ConsentParty.Key key = new ConsentParty.Key(consent.consentId(), party.organisation(), party.role());
            ConsentParty row = parties.findByIdOptional(key).orElseGet(ConsentParty::new);
            boolean isNew = row.key == null;
            row.key = key;
            row.clientId = consent.clientId();
            row.purpose = consent.purpose();
            row.validFrom = consent.validFrom();
            row.validUntil = consent.validUntil();
            if (isNew) {
                parties.persist(row);
            }
        }
    }

    /** Withdrawal takes effect from its instant; one in the past or none means at once. */
    public void withdrawn(ConsentWithdrawn withdrawal) {
        OffsetDateTime from = withdrawal.withdrawnFromInstant(Today.now());
        List<ConsentGranted.Party> named = withdrawal.parties() == null ? List.of() : withdrawal.parties();
        for (ConsentParty row : parties.ofConsent(withdrawal.consentId())) {
            boolean concerned = named.isEmpty() || named.stream().anyMatch(p ->
                    p.organisation().equals(row.key.organisation()) && (p.role() == null || p.role().equals(row.key.role())));
            if (concerned) {
                row.withdrawnFrom = from;
            }
        }
    }

    /** Whether a valid consent of the client covers the organisation right now. */
    public boolean coversNow(UUID clientId, String organisation) {
        LocalDate today = Today.date();
        OffsetDateTime now = Today.now();
        return organisation != null && parties.ofClientAndOrganisation(clientId, organisation).stream()
                .anyMatch(p -> p.validAt(today, now));
    }
}
