package fi.polku.intake.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.intake.config.OrganisationsConfig;

/**
 * The organisations intake's requests may name: the county's own (configuration) and the partners of
 * {@code reference/organisations.csv}. An organisation code is accepted only when it is here, since a code has no
 * register outside Polku; a business ID is accepted when its check digit holds, as every company has one in the
 * trade register, and is listed here with its names when it is a known partner.
 */
@ApplicationScoped
public class OrganisationRegister {

    static final String RESOURCE = "reference/organisations.csv";

    private final Map<String, Organisation> byIdentifier;

    public OrganisationRegister(OrganisationsConfig config) {
        Map<String, Organisation> organisations = load();
        config.county().forEach((code, names) -> organisations.put(code,
                new Organisation(code, names.nameFi(), names.nameSv(), OrganisationKind.COUNTY)));
        organisations.keySet().stream().filter(id -> OrganisationIdentifier.problem(id) != null).findFirst()
                .ifPresent(id -> {
                    throw new IllegalStateException("The organisation register has an invalid identifier " + id);
                });
        this.byIdentifier = Collections.unmodifiableMap(organisations);
    }

    /** Every entry, in the order of their identifiers. */
    public Collection<Organisation> all() {
        return byIdentifier.values();
    }

    /** @return why the identifier may not be named, or null when it may */
    public String problem(String identifier) {
        String problem = OrganisationIdentifier.problem(identifier);
        if (problem != null || OrganisationIdentifier.isBusinessId(identifier)
                || byIdentifier.containsKey(identifier)) {
            return problem;
        }
        return "is not an organisation code of the register (GET /api/v1/organisations)";
    }

    private static Map<String, Organisation> load() {
        Map<String, Organisation> organisations = new TreeMap<>();
        ReferenceCsv.rows(RESOURCE).forEach(columns -> organisations.put(columns[0], new Organisation(columns[0],
                columns[1], columns[2], OrganisationKind.valueOf(columns[3]))));
        return organisations;
    }
}
