package fi.polku.access;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "polku.access")
public interface ClientAccessConfig {

    /** The consent purposes that open this service's client data to an organisation named in the consent. */
    @WithDefault("SERVICE_COORDINATION")
    List<String> consentPurposes();

    /** How long an emergency access lasts. */
    @WithDefault("PT3H")
    Duration emergencyDuration();

    /** The county's own organisations; callers from any other organisation are external. */
    List<String> ownOrganisations();

    /**
     * The {@code org} of the county's professionals whose login subjects the registers name as {@code userId}: what
     * the registers give such a user holds for the trusted issuer's tokens of this organisation only.
     */
    String staffOrganisation();

    /** How long an assessing team keeps access after the assessment is concluded, to follow the plan's start. */
    @WithDefault("P90D")
    Duration teamAccessAfterConclusion();

    /**
     * Whether the service holds client-level data, and so serves emergency access and learns who may see whom
     * (a build-time switch: reporting, which holds only aggregates, turns it off).
     */
    @WithDefault("true")
    boolean clientData();
}
